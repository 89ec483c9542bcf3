import type { Queryable } from '../../db/queryable.ts';

/** Zoho's cap on grant codes: 10 per client in a sliding 10 minutes (CRM token-validity page). */
export const GRANTS_PER_WINDOW = 10;
export const GRANT_WINDOW_SECONDS = 600;

/** Notes a grant code Zoho issued for `clientId` (it counts against the cap whether redeemed or not). */
export async function recordGrant(db: Queryable, clientId: string): Promise<void> {
  await db.query(
    `with expired as (delete from zoho_grant_log where at < now() - interval '1 hour')
     insert into zoho_grant_log (client_id) values ($1)`,
    [clientId],
  );
}

export interface GrantWindow {
  /** Codes this BFF received for the client inside the window. */
  count: number;
  /** When the oldest of them leaves the window; null when there is none. */
  oldestLeavesAt: Date | null;
}

export async function grantWindow(db: Queryable, clientId: string): Promise<GrantWindow> {
  const { rows } = await db.query<{ n: number; oldest: Date | null }>(
    `select count(*)::int as n, min(at) as oldest from zoho_grant_log
      where client_id = $1 and at > now() - make_interval(secs => $2)`,
    [clientId, GRANT_WINDOW_SECONDS],
  );
  const { n = 0, oldest = null } = rows[0] ?? {};
  return {
    count: n,
    oldestLeavesAt: oldest ? new Date(oldest.getTime() + GRANT_WINDOW_SECONDS * 1000) : null,
  };
}
