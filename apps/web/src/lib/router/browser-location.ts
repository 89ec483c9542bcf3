import { createKey, type Location } from './location';

/** What the router stores in `history.state`: the caller's state, the entry's key and its position. */
export interface HistoryEntry {
  usr: unknown;
  key: string;
  idx: number;
}

export function readHistoryEntry(): Partial<HistoryEntry> {
  const entry: unknown = window.history.state;
  return entry !== null && typeof entry === 'object' ? entry : {};
}

export function readBrowserLocation(): Location {
  const { pathname, search, hash } = window.location;
  const entry = readHistoryEntry();
  return { pathname, search, hash, state: entry.usr ?? null, key: entry.key ?? createKey() };
}

/** Writes a history entry; past the browser's pushState limit (Safari) it falls back to a page load. */
export function writeHistoryEntry(mode: 'push' | 'replace', entry: HistoryEntry, href: string): void {
  try {
    if (mode === 'push') window.history.pushState(entry, '', href);
    else window.history.replaceState(entry, '', href);
  } catch {
    window.location[mode === 'push' ? 'assign' : 'replace'](href);
  }
}
