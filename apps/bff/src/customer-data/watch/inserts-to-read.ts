import type { Queryable } from '../../db/queryable.ts';

/** How long an insert the mirror does not hold yet waits for the connector's own write to reach it. */
export const OWN_WRITE_WAIT_MS = 1_000;
const STEP_MS = 100;

async function notHeld(db: Queryable, tenantId: string, module: string, ids: readonly string[]) {
  const { rows } = await db.query<{ zoho_id: string }>(
    `select zoho_id from mirror_records where tenant_id = $1 and module = $2 and zoho_id = any($3::text[])`,
    [tenantId, module, ids],
  );
  const held = new Set(rows.map((r) => r.zoho_id));
  return ids.filter((id) => !held.has(id));
}

/**
 * The ids of a "created" notification that must be read from Zoho. A record created a moment ago that
 * the mirror already holds was written by the connector itself (automation and the agent panel put what
 * they write into the mirror at once), so reading it back costs a call for values we have; the next poll
 * brings Zoho's own additions (owner by assignment rule, defaults). Zoho may call back before the writer
 * has its answer, so ids not held yet are looked for again for up to OWN_WRITE_WAIT_MS; only the rest,
 * records someone else created in Zoho, are read.
 */
export async function insertsToRead(
  db: Queryable,
  tenantId: string,
  module: string,
  ids: readonly string[],
  waitMs = OWN_WRITE_WAIT_MS,
): Promise<string[]> {
  let missing = await notHeld(db, tenantId, module, ids);
  for (let waited = 0; missing.length > 0 && waited < waitMs; waited += STEP_MS) {
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
    missing = await notHeld(db, tenantId, module, missing);
  }
  return missing;
}
