import { MIRROR_MODULES, type MirrorModule } from '@cxc/shared/api/customer-data';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { inTransaction } from '../../db/queryable.ts';
import { mirrorRow, standardIdentityFields } from '../index/identity-keys.ts';
import { lockMirrorChanges, storeRecords } from '../store/record-store.ts';
import { knownIdentityFields, tenantCountries } from './sync-context.ts';

const isMirrorModule = (module: string): module is MirrorModule =>
  (MIRROR_MODULES as readonly string[]).includes(module);

/**
 * A record the connector itself just wrote (automation or an agent's click) enters the mirror at once,
 * merged over what the mirror had, so the next identification finds the person it has just created
 * instead of creating them again. `modified_at` stays empty: the next poll's full copy from Zoho
 * replaces this partial one whatever the clocks say. Best effort: Zoho has the record either way.
 */
export async function mirrorWrittenRecord(
  deps: { pool: Pool; logger?: Logger | undefined },
  tenantId: string,
  module: string,
  id: string,
  written: Record<string, unknown>,
  /** A whole record just read from Zoho ("search Zoho now"): it keeps its Modified_Time like a poll's copy. */
  options: { complete?: boolean } = {},
): Promise<void> {
  if (!isMirrorModule(module)) return;
  try {
    await inTransaction(deps.pool, async (db) => {
      // The change lock before the sync state's row lock: the order every writer of the mirror keeps.
      await lockMirrorChanges(db, tenantId);
      const { rows } = await db.query<{ org_id: string }>(
        'select org_id from mirror_sync_state where tenant_id = $1 and module = $2 for share',
        [tenantId, module],
      );
      const orgId = rows[0]?.org_id;
      if (!orgId) return;
      const previous = await db.query<{ values: Record<string, unknown> }>(
        'select values from mirror_records where tenant_id = $1 and module = $2 and zoho_id = $3',
        [tenantId, module, id],
      );
      const values = { ...(previous.rows[0]?.values ?? {}), ...written, id };
      const fields = knownIdentityFields(tenantId, orgId, module) ?? standardIdentityFields(module);
      const { tenantCountry, orgCountry } = await tenantCountries(db, tenantId);
      const indexed = mirrorRow(module, values, fields, tenantCountry, orgCountry);
      const row = options.complete ? indexed : { ...indexed, modifiedAt: null };
      await storeRecords(db, tenantId, orgId, module, [{ row, values }]);
    });
  } catch (error) {
    deps.logger?.warn({ err: error, tenantId, module }, 'could not add a written record to the mirror');
  }
}
