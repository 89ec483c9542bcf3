import { fnv1a } from './hash.ts';

/**
 * Zoho ids are ~19-digit numeric strings that share an org-specific prefix (e.g. `5725767000000524157`).
 * Ours: a 7-digit prefix derived from the org id, then a 12-digit sequence number.
 */
export const SEQ = {
  module: 2_000,
  profile: 3_000,
  role: 4_000,
  layout: 5_000,
  automation: 6_000,
  field: 100_000,
  record: 1_000_000,
} as const;

export function orgPrefix(orgId: string): string {
  return String(1_000_000 + (fnv1a(`org:${orgId}`) % 8_999_999));
}

export function makeId(prefix: string, seq: number): string {
  return prefix + String(seq).padStart(12, '0');
}

/** The sequence number of an id of this org, or undefined when it is not one of ours. */
export function seqOf(prefix: string, id: string): number | undefined {
  if (id.length !== 19 || !id.startsWith(prefix) || !/^\d+$/.test(id)) return undefined;
  return Number(id.slice(7));
}
