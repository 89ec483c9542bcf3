import { type ConnectionIssue, issueDetailsSchema, type IssueKind } from '@cxc/shared/api/connection-issues';

export interface IssueRow {
  id: string;
  tenant_id: string;
  kind: IssueKind;
  code: string;
  details: unknown;
  opened_at: Date;
  last_seen_at: Date;
  closed_at: Date | null;
}

export const ISSUE_COLUMNS = 'id, tenant_id, kind, code, details, opened_at, last_seen_at, closed_at';

export function toIssue(row: IssueRow): ConnectionIssue {
  return {
    id: row.id,
    kind: row.kind,
    code: row.code === '' ? null : row.code,
    // Written by our own check, but parsed anyway: an unexpected key never reaches the console.
    details: issueDetailsSchema.catch({}).parse(row.details),
    openedAt: row.opened_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
  };
}
