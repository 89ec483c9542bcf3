import { MIRROR_MODULES, type MirrorModule } from '@cxc/shared/api/customer-data';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { inTransaction, type Queryable } from '../../db/queryable.ts';
import { mirrorRow, standardIdentityFields } from '../index/identity-keys.ts';
import { lockMirrorChanges, type RecordToStore, storeRecords } from '../store/record-store.ts';
import { knownIdentityFields, tenantCountries } from './sync-context.ts';

const isMirrorModule = (module: string): module is MirrorModule =>
  (MIRROR_MODULES as readonly string[]).includes(module);

/** One record the connector wrote, as it sent it. */
export interface WrittenRecord {
  module: string;
  id: string;
  written: Record<string, unknown>;
}

type Deps = { pool: Pool; logger?: Logger | undefined };

/**
 * A record the connector itself just wrote (automation or an agent's click) enters the mirror at once,
 * merged over what the mirror had, so the next identification finds the person it has just created
 * instead of creating them again. `modified_at` stays empty: the next poll's full copy from Zoho
 * replaces this partial one whatever the clocks say. Best effort: Zoho has the record either way.
 */
export async function mirrorWrittenRecord(
  deps: Deps,
  tenantId: string,
  module: string,
  id: string,
  written: Record<string, unknown>,
  /** A whole record just read from Zoho ("search Zoho now"): it keeps its Modified_Time like a poll's copy. */
  options: { complete?: boolean } = {},
): Promise<void> {
  await mirrorWrittenRecords(deps, tenantId, [{ module, id, written }], options);
}

/**
 * Several written records of one tenant in one transaction: the mirror's change lock serialises every
 * writer of the tenant's mirror, so the engine's conversations share one turn at it instead of queueing
 * for one each. Records of one id are merged in the order given (later values win).
 */
export async function mirrorWrittenRecords(
  deps: Deps,
  tenantId: string,
  records: readonly WrittenRecord[],
  options: { complete?: boolean } = {},
): Promise<void> {
  const byModule = new Map<MirrorModule, Map<string, Record<string, unknown>>>();
  for (const { module, id, written } of records) {
    if (!isMirrorModule(module)) continue;
    const ids = byModule.get(module) ?? new Map<string, Record<string, unknown>>();
    ids.set(id, { ...ids.get(id), ...written });
    byModule.set(module, ids);
  }
  if (byModule.size === 0) return;
  try {
    // Read before the change lock: the lock is held as briefly as possible.
    const { tenantCountry, orgCountry } = await tenantCountries(deps.pool, tenantId);
    await inTransaction(deps.pool, async (db) => {
      // The change lock before the sync state's row lock: the order every writer of the mirror keeps.
      await lockMirrorChanges(db, tenantId);
      // Modules in name order, the order sync-state-store takes their rows in.
      for (const module of [...byModule.keys()].sort()) {
        const orgId = await mirrorOrgOf(db, tenantId, module);
        if (!orgId) continue;
        const written = byModule.get(module) ?? new Map<string, Record<string, unknown>>();
        const previous = await previousValues(db, tenantId, module, [...written.keys()]);
        const fields = knownIdentityFields(tenantId, orgId, module) ?? standardIdentityFields(module);
        const rows: RecordToStore[] = [...written].map(([id, values]) => {
          const merged = { ...previous.get(id), ...values, id };
          const indexed = mirrorRow(module, merged, fields, tenantCountry, orgCountry);
          return { row: options.complete ? indexed : { ...indexed, modifiedAt: null }, values: merged };
        });
        await storeRecords(db, tenantId, orgId, module, rows);
      }
    });
  } catch (error) {
    deps.logger?.warn({ err: error, tenantId }, 'could not add a written record to the mirror');
  }
}

async function mirrorOrgOf(db: Queryable, tenantId: string, module: MirrorModule) {
  const { rows } = await db.query<{ org_id: string }>(
    'select org_id from mirror_sync_state where tenant_id = $1 and module = $2 for share',
    [tenantId, module],
  );
  return rows[0]?.org_id;
}

async function previousValues(db: Queryable, tenantId: string, module: MirrorModule, ids: string[]) {
  const { rows } = await db.query<{ zoho_id: string; values: Record<string, unknown> }>(
    'select zoho_id, values from mirror_records where tenant_id = $1 and module = $2 and zoho_id = any($3)',
    [tenantId, module, ids],
  );
  return new Map(rows.map((row) => [row.zoho_id, row.values]));
}
