/** A lookup or owner reference as stored: just the id; names are resolved when rendering. */
export interface RefValue {
  id: string;
}

export type Value = string | number | boolean | null | string[] | RefValue;

/**
 * A record as the simulator keeps it. `values` holds field API names (Owner, Created_By and
 * Modified_By as refs, `$se_module` for polymorphic lookups); times are epoch milliseconds.
 */
export interface StoredRecord {
  seq: number;
  createdAt: number;
  modifiedAt: number;
  values: Record<string, Value>;
}

export function isRef(value: Value | undefined): value is RefValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function refId(value: Value | undefined): string | undefined {
  return isRef(value) ? value.id : undefined;
}

export function stringValue(value: Value | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
