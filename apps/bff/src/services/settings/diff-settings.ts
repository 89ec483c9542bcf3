import type { SettingsChange } from '@cxc/shared/api/settings';

type Path = SettingsChange['path'];
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) => value === null || typeof value !== 'object';

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same(a[key], b[key]));
  }
  return Object.is(a, b);
}

function walk(before: unknown, after: unknown, path: Path, out: SettingsChange[]): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    out.push({ path, kind: 'added', after });
    return;
  }
  if (after === undefined) {
    out.push({ path, kind: 'removed', before });
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !(key in before))];
    for (const key of keys) walk(before[key], after[key], [...path, key], out);
    return;
  }
  // Lists of plain values (search order, condition values) read best as one before → after line;
  // lists of objects (rules, mapping rows) are compared row by row so the change points at the field.
  if (Array.isArray(before) && Array.isArray(after) && !(before.every(isScalar) && after.every(isScalar))) {
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i += 1) walk(before[i], after[i], [...path, i], out);
    return;
  }
  if (!same(before, after)) out.push({ path, kind: 'changed', before, after });
}

/**
 * The readable diff between two settings documents: one entry per leaf (or list of plain values) that
 * was added, removed or changed, with its settings path. Rows are compared by position, as the order
 * of rules and rows is itself meaningful.
 */
export function diffSettings(before: unknown, after: unknown): SettingsChange[] {
  const out: SettingsChange[] = [];
  walk(before, after, [], out);
  return out;
}
