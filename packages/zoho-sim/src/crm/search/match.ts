import type { FieldDef } from '../metadata/field-def.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import { displayName, lookupTarget, type RenderContext } from '../render/render-record.ts';
import { isRef, type StoredRecord } from '../store/stored-record.ts';
import type { Condition, Criteria } from './criteria-parser.ts';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The strings a condition may compare against: the value itself, and a lookup's display name too. */
function candidates(
  ctx: RenderContext,
  field: FieldDef | undefined,
  name: string,
  rec: StoredRecord,
): string[] {
  if (name === 'id') return [ctx.org.id(rec.seq)];
  if (name === 'Created_Time') return [new Date(rec.createdAt).toISOString()];
  if (name === 'Modified_Time') return [new Date(rec.modifiedAt).toISOString()];
  const v = rec.values[name];
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v;
  if (isRef(v)) {
    if (field?.dataType === 'ownerlookup') {
      const u = ctx.users.get(v.id);
      return u ? [v.id, `${u.firstName} ${u.lastName}`, u.email] : [v.id];
    }
    const module = lookupTarget(ctx, field, rec, v.id);
    const label = module ? displayName(ctx, module, v.id) : undefined;
    return label ? [v.id, label] : [v.id];
  }
  return [String(v)];
}

/**
 * One criteria condition. Phone values compare as stored strings, never normalised (Zoho's search does
 * not normalise formats). `equals` on a single condition is an exact (case-insensitive) match; inside a
 * multi-condition criteria Zoho widens it to a word match ("ABC" also finds "ABC Inc").
 */
export function matchCondition(
  ctx: RenderContext,
  module: ModuleDef,
  c: Condition,
  rec: StoredRecord,
  single: boolean,
): boolean {
  const field = module.fields.find((f) => f.apiName === c.field);
  const values = candidates(ctx, field, c.field, rec);
  const phone = field?.dataType === 'phone';
  const norm = (s: string) => (phone ? s : s.toLowerCase());
  const want = norm(c.value);
  if (c.op === 'starts_with') return values.some((v) => norm(v).startsWith(want));
  if (single || phone) return values.some((v) => norm(v) === want);
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(want)}($|[^\\p{L}\\p{N}])`, 'u');
  return values.some((v) => word.test(norm(v)));
}

export function matchCriteria(
  ctx: RenderContext,
  module: ModuleDef,
  c: Criteria,
  rec: StoredRecord,
  single: boolean,
): boolean {
  if (c.kind === 'cond') return matchCondition(ctx, module, c, rec, single);
  return c.op === 'and'
    ? c.items.every((i) => matchCriteria(ctx, module, i, rec, single))
    : c.items.some((i) => matchCriteria(ctx, module, i, rec, single));
}
