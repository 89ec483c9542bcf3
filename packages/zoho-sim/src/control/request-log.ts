import type { Dc } from '../core/dcs.ts';
import type { SimRequestLogEntry } from '../core/types.ts';
import type { HostKind } from '../faults/fault-controller.ts';

/** A log entry plus what tests filter on; `seq` is the cursor for `?since=`. */
export interface LoggedRequest extends SimRequestLogEntry {
  seq: number;
  dc: Dc;
  host: HostKind;
}

export interface RequestFilter {
  /** A `seq` (exclusive) or an ISO time (inclusive). */
  since?: string;
  grantType?: string;
  host?: HostKind;
  dc?: string;
}

export interface RequestLog {
  record(entry: Omit<LoggedRequest, 'seq'>): void;
  list(filter: RequestFilter): LoggedRequest[];
  lastSeq(): number;
  clear(): void;
}

/** Ring buffer of the most recent calls to accounts and API hosts (not `/__sim`, not the pages). */
export function createRequestLog(capacity = 20_000): RequestLog {
  let entries: LoggedRequest[] = [];
  let seq = 0;
  return {
    record(entry) {
      seq += 1;
      entries.push({ ...entry, seq });
      // Trim in batches so a long run does not copy the whole buffer on every request.
      if (entries.length > capacity * 1.25) entries = entries.slice(entries.length - capacity);
    },
    list(filter) {
      return entries.filter((entry) => matches(entry, filter));
    },
    lastSeq: () => seq,
    clear() {
      entries = [];
    },
  };
}

function matches(entry: LoggedRequest, filter: RequestFilter): boolean {
  if (filter.since !== undefined && filter.since !== '') {
    const asSeq = Number(filter.since);
    if (Number.isInteger(asSeq) ? entry.seq <= asSeq : entry.at < filter.since) return false;
  }
  if (filter.grantType !== undefined && entry.grantType !== filter.grantType) return false;
  if (filter.host !== undefined && entry.host !== filter.host) return false;
  return filter.dc === undefined || entry.dc === filter.dc;
}
