import type { Queryable } from '../../db/queryable.ts';

/**
 * Deletes everything mirrored for a tenant: records, identity keys, sync state and the watch channel.
 * Called when the tenant disconnects or connects another org, and by sync when it finds the connected
 * org changed under it. Settings and API keys stay: they are the admin's choices, not Zoho data.
 */
export async function purgeMirror(db: Queryable, tenantId: string): Promise<void> {
  await db.query('delete from mirror_identities where tenant_id = $1', [tenantId]);
  await db.query('delete from mirror_records where tenant_id = $1', [tenantId]);
  await db.query('delete from mirror_sync_state where tenant_id = $1', [tenantId]);
  await db.query('delete from mirror_watch_channels where tenant_id = $1', [tenantId]);
}

/** Connecting an org: whatever was mirrored from another org goes (the same org keeps its mirror). */
export async function purgeMirrorOfOtherOrgs(db: Queryable, tenantId: string, orgId: string): Promise<void> {
  const { rows } = await db.query<{ other: boolean }>(
    `select exists (select 1 from mirror_sync_state where tenant_id = $1 and org_id <> $2)
         or exists (select 1 from mirror_records where tenant_id = $1 and org_id <> $2) as other`,
    [tenantId, orgId],
  );
  if (rows[0]?.other) await purgeMirror(db, tenantId);
}
