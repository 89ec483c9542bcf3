import type { CrmRequestContext } from '../http/context.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import type { StoredRecord, Value } from '../store/stored-record.ts';
import { buildValues, type WriteTarget } from './build-values.ts';

export function writeTarget(
  ctx: CrmRequestContext,
  module: ModuleDef,
  ownerIds: Iterable<string>,
): WriteTarget {
  return { org: ctx.org, module, ownerIds: new Set(ownerIds) };
}

/** Creates a record; Owner defaults to the token's user. Throws RecordFailure on invalid input. */
export function insertRecord(
  ctx: CrmRequestContext,
  t: WriteTarget,
  input: unknown,
  preset: Record<string, Value> = {},
): StoredRecord {
  const me = { id: ctx.auth.user.id };
  const body = typeof input === 'object' && input !== null ? { ...input, ...preset } : input;
  const values = buildValues(t, body);
  values.Owner ??= me;
  values.Created_By = me;
  values.Modified_By = me;
  const rec: StoredRecord = { seq: ctx.org.allocSeq(), createdAt: ctx.now, modifiedAt: ctx.now, values };
  ctx.org.store(t.module.apiName).put(rec);
  return rec;
}

/** Applies an update; returns the new record and the API names whose value changed. */
export function updateRecord(
  ctx: CrmRequestContext,
  t: WriteTarget,
  existing: StoredRecord,
  input: unknown,
): { rec: StoredRecord; changed: string[] } {
  const values = buildValues(t, input, existing);
  values.Modified_By = { id: ctx.auth.user.id };
  const changed = Object.keys(values).filter(
    (k) =>
      !k.startsWith('$') &&
      k !== 'Modified_By' &&
      JSON.stringify(values[k]) !== JSON.stringify(existing.values[k]),
  );
  const rec: StoredRecord = { ...existing, modifiedAt: ctx.now, values };
  ctx.org.store(t.module.apiName).put(rec);
  return { rec, changed };
}
