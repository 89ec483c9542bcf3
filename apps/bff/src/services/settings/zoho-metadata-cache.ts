import type { FieldsByModule } from '@cxc/shared/domain/fields-by-module';
import type { LayoutRequiredByModule } from '@cxc/shared/domain/zoho-layouts';
import type { ZohoUser } from '@cxc/shared/domain/zoho-users';
import type { Queryable } from '../../db/queryable.ts';

/** As stored: JSON of the parsed metadata, parsed again with the API's schemas when read back. */
export interface CachedMetadata {
  /** `layoutRequired` only once a caller asked for layouts (preflight), and never a transient failure. */
  metadata: { fieldsByModule: FieldsByModule; users: ZohoUser[]; layoutRequired?: LayoutRequiredByModule };
  fetchedAt: Date;
}

/** Long enough to absorb an editing session's bursts, short enough that a field added in Zoho shows soon. */
export const METADATA_TTL_SECONDS = 60;

export async function readCachedMetadata(
  db: Queryable,
  tenantId: string,
  connectionKey: string,
): Promise<CachedMetadata | undefined> {
  const { rows } = await db.query<{ metadata: CachedMetadata['metadata']; fetched_at: Date }>(
    `select metadata, fetched_at from zoho_metadata_cache
      where tenant_id = $1 and connection_key = $2
        and fetched_at > now() - make_interval(secs => $3)`,
    [tenantId, connectionKey, METADATA_TTL_SECONDS],
  );
  const row = rows[0];
  return row && { metadata: row.metadata, fetchedAt: row.fetched_at };
}

export async function writeCachedMetadata(
  db: Queryable,
  tenantId: string,
  connectionKey: string,
  entry: CachedMetadata,
): Promise<void> {
  await db.query(
    `insert into zoho_metadata_cache (tenant_id, connection_key, fetched_at, metadata)
     values ($1, $2, $3, $4)
     on conflict (tenant_id) do update
       set connection_key = excluded.connection_key, fetched_at = excluded.fetched_at,
           metadata = excluded.metadata`,
    [tenantId, connectionKey, entry.fetchedAt, JSON.stringify(entry.metadata)],
  );
}
