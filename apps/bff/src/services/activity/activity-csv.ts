import { ACTIVITY_EXPORT_COLUMNS, type ActivityEvent } from '@cxc/shared/api/activity';

/**
 * One CSV cell. A leading `=`, `+`, `-`, `@`, tab or CR would make a spreadsheet run the cell as a
 * formula (CSV injection), so such a cell is prefixed with `'`; then RFC 4180 quoting.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function activityCsvLine(event: ActivityEvent): string {
  const visitor = [event.visitor.name, event.visitor.email, event.visitor.phone].filter(Boolean).join(' / ');
  const records = event.records.map((r) => `${r.action} ${r.module} ${r.recordId}`).join('; ');
  const cells: Record<(typeof ACTIVITY_EXPORT_COLUMNS)[number], string | number | null> = {
    received_at: event.receivedAt,
    event_id: event.eventId,
    type: event.type,
    channel: event.channel,
    conversation_id: event.conversationId,
    visitor,
    status: event.status,
    skip_reason: event.skipReason,
    rule: event.rule?.name ?? null,
    records,
    error_code: event.error?.code ?? null,
    error_message: event.error?.message ?? null,
    test: event.test ? 'yes' : 'no',
  };
  return ACTIVITY_EXPORT_COLUMNS.map((column) => csvCell(cells[column])).join(',');
}

export const activityCsvHeader = () => ACTIVITY_EXPORT_COLUMNS.join(',');
