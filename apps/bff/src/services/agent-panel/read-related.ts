import type { PanelReadModule, PanelRecord } from '@cxc/shared/api/agent-panel';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import { ZohoError } from '../../zoho/zoho-errors.ts';
import type { PanelZoho } from './panel-zoho.ts';
import { openItems, toPanelRecord } from './to-panel-record.ts';

/** Lead and Account activities hang on What_Id; a Contact is the Who_Id (plan-links.ts). */
const TASK_FIELD: Record<PanelReadModule, string> = {
  Contacts: 'Who_Id',
  Leads: 'What_Id',
  Accounts: 'What_Id',
};
const CASE_FIELD: Partial<Record<PanelReadModule, string>> = {
  Contacts: 'Contact_Name',
  Accounts: 'Account_Name',
};

async function tolerant(read: () => Promise<ZohoRecord[]>): Promise<ZohoRecord[] | null> {
  try {
    return await read();
  } catch (error) {
    // A missing Tasks/Cases permission must not hide the person: the panel shows "could not load".
    if (error instanceof ZohoError && error.code === 'UPSTREAM_UNAVAILABLE') return null;
    throw error;
  }
}

/** The record with its open Tasks and Cases (two searches). */
export async function withRelated(
  zoho: PanelZoho,
  module: PanelReadModule,
  record: ZohoRecord,
  webBase: string,
): Promise<PanelRecord> {
  const caseField = CASE_FIELD[module];
  const [tasks, cases] = await Promise.all([
    tolerant(() => zoho.related('Tasks', TASK_FIELD[module], record.id)),
    caseField ? tolerant(() => zoho.related('Cases', caseField, record.id)) : Promise.resolve([]),
  ]);
  return toPanelRecord(module, record, webBase, {
    openTasks: tasks && openItems('Tasks', tasks, webBase),
    openCases: cases && openItems('Cases', cases, webBase),
  });
}
