import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { CandidateSummary } from '@cxc/shared/domain/candidate-summary';

const time = (r: ZohoRecord, key: string) => (typeof r[key] === 'string' ? Date.parse(r[key]) : NaN);
const idOf = (v: unknown) =>
  typeof v === 'object' && v !== null && 'id' in v && typeof v.id === 'string' ? v.id : undefined;
const nameOf = (v: unknown) =>
  typeof v === 'object' && v !== null && 'name' in v && typeof v.name === 'string' ? v.name : null;
const text = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** Several matches: newest by Modified_Time, or oldest by Created_Time; ties fall back to the id. */
export function choose(
  records: readonly ZohoRecord[],
  policy: 'oldest' | 'most_recently_modified',
): ZohoRecord {
  const key = policy === 'oldest' ? 'Created_Time' : 'Modified_Time';
  const sign = policy === 'oldest' ? 1 : -1;
  const sorted = [...records].sort(
    (a, b) => sign * ((time(a, key) || 0) - (time(b, key) || 0)) || sign * a.id.localeCompare(b.id),
  );
  return sorted[0] as ZohoRecord;
}

/** The matches the agent owns; when that is still several, the most recently modified of them. */
export function ownedBy(records: readonly ZohoRecord[], userId: string | undefined): ZohoRecord | undefined {
  if (!userId) return undefined;
  const owned = records.filter((r) => idOf(r.Owner) === userId);
  return owned.length ? choose(owned, 'most_recently_modified') : undefined;
}

/** The one Account every match belongs to (people at one company sharing its switchboard), if any. */
export function sharedAccount(records: readonly ZohoRecord[]): string | undefined {
  const ids = new Set(records.map((r) => idOf(r.Account_Name)));
  const [only] = [...ids];
  return ids.size === 1 && only ? only : undefined;
}

export function summarize(record: ZohoRecord): CandidateSummary {
  const full = [record.First_Name, record.Last_Name].filter((p) => typeof p === 'string' && p).join(' ');
  return {
    id: record.id,
    name: text(record.Full_Name) ?? (full || null),
    email: text(record.Email),
    phone: text(record.Phone) ?? text(record.Mobile),
    owner: nameOf(record.Owner),
    account: nameOf(record.Account_Name) ?? text(record.Company),
    modifiedTime: text(record.Modified_Time),
  };
}
