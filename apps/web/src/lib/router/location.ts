/** Where the app is: the address bar's path, query and fragment, plus what the navigation carried along. */
export interface Location {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  /** Unique per history entry, so two visits to the same URL are told apart. */
  key: string;
}

export type Path = Pick<Location, 'pathname' | 'search' | 'hash'>;

/** How the current location was reached: Back/Forward (or the first load), a new entry, or a replaced one. */
export const NavigationType = { Pop: 'POP', Push: 'PUSH', Replace: 'REPLACE' } as const;
export type NavigationType = (typeof NavigationType)[keyof typeof NavigationType];

export function createPath({ pathname, search, hash }: Path): string {
  return pathname + search + hash;
}

/**
 * An href relative to where the app is now. Relative paths resolve like a plain link would (against the
 * URL, not a route hierarchy): every link in the console is absolute or query-only, so the two agree.
 */
export function resolvePath(to: string, from: Path): Path {
  const url = new URL(to, `http://resolve.invalid${createPath(from)}`);
  return { pathname: url.pathname, search: url.search, hash: url.hash };
}

export function createKey(): string {
  return Math.random().toString(36).slice(2, 10);
}
