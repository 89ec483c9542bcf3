import type { PanelReadModule, PanelRecord, RelatedItem } from '@cxc/shared/api/agent-panel';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import { recordUrl } from './record-url.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
/** Lookups and owners come as `{id, name}`. */
const nameOf = (v: unknown): string | null =>
  typeof v === 'object' && v !== null && 'name' in v ? str(v.name) : str(v);

const PHONE_FIELDS = ['Phone', 'Mobile', 'Home_Phone', 'Other_Phone', 'Asst_Phone'];

export function displayName(module: string, r: ZohoRecord): string {
  if (module === 'Accounts') return str(r.Account_Name) ?? r.id;
  const full = str(r.Full_Name) ?? [str(r.First_Name), str(r.Last_Name)].filter(Boolean).join(' ');
  return full || str(r.Subject) || str(r.Note_Title) || r.id;
}

export function toPanelRecord(
  module: PanelReadModule,
  r: ZohoRecord,
  webBase: string,
  related: { openTasks: RelatedItem[] | null; openCases: RelatedItem[] | null } = {
    openTasks: null,
    openCases: null,
  },
): PanelRecord {
  const company = module === 'Leads' ? str(r.Company) : module === 'Contacts' ? nameOf(r.Account_Name) : null;
  return {
    module,
    id: r.id,
    name: displayName(module, r),
    company,
    owner: nameOf(r.Owner),
    phones: PHONE_FIELDS.map((f) => str(r[f])).filter((p): p is string => p !== null),
    email: str(r.Email),
    lastActivity: str(r.Last_Activity_Time) ?? str(r.Modified_Time),
    url: recordUrl(webBase, module, r.id),
    ...related,
  };
}

const CLOSED = new Set(['completed', 'closed', 'deferred']);

/** Tasks/Cases still open (Zoho's closing statuses differ per org; these are the standard ones). */
export function openItems(
  module: 'Tasks' | 'Cases',
  records: readonly ZohoRecord[],
  webBase: string,
): RelatedItem[] {
  return records
    .filter((r) => !CLOSED.has((str(r.Status) ?? '').toLowerCase()))
    .map((r) => ({
      id: r.id,
      subject: str(r.Subject) ?? r.id,
      status: str(r.Status),
      dueDate: str(r.Due_Date),
      url: recordUrl(webBase, module, r.id),
    }));
}
