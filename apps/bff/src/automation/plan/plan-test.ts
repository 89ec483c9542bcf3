import { type FieldsByModule, fieldsOf } from '@cxc/shared/domain/fields-by-module';
import type { ZohoModule } from '@cxc/shared/domain/modules';
import { toZohoPayload } from './plan-payload.ts';
import type { Operation, ZohoValue } from '@cxc/shared/domain/plan-schema';

/** What an admin searches for in Zoho to find (and delete) what test conversations created. */
export const TEST_PREFIX = '[Test] ';

/** The field that names a record in Zoho's lists, and the free-text field, per module. */
const NAME_FIELD: Record<ZohoModule, string | undefined> = {
  Leads: 'Last_Name',
  Contacts: 'Last_Name',
  Accounts: undefined,
  Deals: 'Deal_Name',
  Tasks: 'Subject',
  Cases: 'Subject',
  Calls: 'Subject',
  Notes: 'Note_Title',
};
const TEXT_FIELD: Record<ZohoModule, string | undefined> = {
  Leads: 'Description',
  Contacts: 'Description',
  Accounts: undefined,
  Deals: 'Description',
  Tasks: 'Description',
  Cases: 'Description',
  Calls: 'Description',
  Notes: 'Note_Content',
};

/** The Description line; the date is the event's, so the planner stays pure (no clock). */
export const testNotice = (occurredAt: string) =>
  `Created by the CX Connector test conversation on ${occurredAt.slice(0, 10)}; safe to delete.`;

/** Zoho refuses a value longer than the field (`length` in the metadata); the mark must survive, so the admin's part is cut. */
function fit(fieldsByModule: FieldsByModule, module: ZohoModule, field: string, value: string) {
  const length = fieldsOf(fieldsByModule, module)?.find((f) => f.api_name === field)?.length;
  return length && value.length > length ? value.slice(0, length) : value;
}

const text = (v: ZohoValue | undefined) => (typeof v === 'string' ? v : undefined);

/**
 * A test conversation's records say so in Zoho: "[Test]" before the name or subject and a notice in
 * the description. Everything else (Lead_Source, owner, the admin's other fields) stays as mapped.
 * A create without a name gets one, so even an unmapped Subject shows the mark; an update (only ever
 * of a record this test conversation created) marks only what it writes.
 */
export function markTestOperation(
  op: Operation,
  fieldsByModule: FieldsByModule,
  occurredAt: string,
): Operation {
  if (op.kind === 'skip') return op;
  const fields: Record<string, ZohoValue> = { ...op.fields };
  const name = NAME_FIELD[op.module];
  const current = name ? text(fields[name]) : undefined;
  if (name && (current !== undefined || op.kind === 'create')) {
    const rest = (current ?? 'CX Connector test conversation').replace(/^\[Test\]\s*/, '');
    fields[name] = fit(fieldsByModule, op.module, name, `${TEST_PREFIX}${rest}`);
  }
  const free = TEXT_FIELD[op.module];
  const before = free ? text(fields[free]) : undefined;
  if (free && (before !== undefined || op.kind === 'create')) {
    const notice = testNotice(occurredAt);
    const max = fieldsOf(fieldsByModule, op.module)?.find((f) => f.api_name === free)?.length;
    const room = max ? Math.max(0, max - notice.length - 2) : Infinity;
    if (!before?.startsWith(notice)) fields[free] = before ? `${notice}\n\n${before.slice(0, room)}` : notice;
  }
  const payload = toZohoPayload({ fields, links: op.links });
  if (op.kind === 'create') return { ...op, fields, payload };
  const changes = op.changes.map((c) => (c.field in fields ? { ...c, to: fields[c.field] ?? c.to } : c));
  return { ...op, fields, changes, payload };
}
