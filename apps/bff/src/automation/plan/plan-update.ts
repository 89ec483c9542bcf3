import type { CountryCode } from 'libphonenumber-js';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import { samePhone } from '@cxc/shared/domain/phone';
import { recordCountry } from '@cxc/shared/domain/record-country';
import type { Operation, ZohoValue } from '@cxc/shared/domain/plan-schema';
import type { UpdatePolicy } from '@cxc/shared/domain/settings';
import { findField, type ZohoField } from '@cxc/shared/domain/zoho-fields';

type Change = Extract<Operation, { kind: 'update' }>['changes'][number];

export function isEmptyValue(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    (typeof v === 'string' && v.trim() === '') ||
    (Array.isArray(v) && v.length === 0)
  );
}

function sameValue(
  current: unknown,
  next: ZohoValue,
  field: ZohoField | undefined,
  country: CountryCode | undefined,
): boolean {
  if (isEmptyValue(current)) return false;
  if (field?.data_type === 'phone' && typeof current === 'string' && typeof next === 'string')
    return samePhone(current, next, country);
  const norm = (v: unknown) =>
    typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v).trim().toLowerCase();
  return norm(current) === norm(next);
}

/**
 * CloudCX's "when a matching record is found": `fill_empty` only writes fields the record has empty;
 * `overwrite` writes every mapped value that differs (a value the event lacks never blanks a field).
 */
export function applyUpdatePolicy(
  policy: UpdatePolicy,
  values: Record<string, ZohoValue>,
  existing: ZohoRecord,
  fields: readonly ZohoField[] | undefined,
  defaultCountry?: CountryCode,
): { fields: Record<string, ZohoValue>; changes: Change[] } {
  if (policy === 'do_not_update') return { fields: {}, changes: [] };
  // The record's numbers are written in its own country (record-country.ts).
  const country = recordCountry(existing, defaultCountry);
  const out: Record<string, ZohoValue> = {};
  const changes: Change[] = [];
  for (const [name, next] of Object.entries(values)) {
    const current = existing[name];
    const write =
      policy === 'fill_empty'
        ? isEmptyValue(current)
        : !sameValue(current, next, findField(fields, name), country);
    if (!write) continue;
    out[name] = next;
    changes.push({ field: name, from: current ?? null, to: next });
  }
  return { fields: out, changes };
}
