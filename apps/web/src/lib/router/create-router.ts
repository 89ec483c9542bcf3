import { readBrowserLocation, readHistoryEntry, writeHistoryEntry } from './browser-location';
import { createKey, createPath, NavigationType, resolvePath, type Location } from './location';
import { createRouteMatcher, type RouteMatch, type RouteObject } from './match-routes';

export type BlockerFunction = (args: {
  currentLocation: Location;
  nextLocation: Location;
  historyAction: NavigationType;
}) => boolean;

export type Blocker =
  { state: 'unblocked' } | { state: 'blocked'; location: Location; proceed: () => void; reset: () => void };

export interface RouterState {
  location: Location;
  navigationType: NavigationType;
  blocker: Blocker;
}

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

export interface Router {
  readonly state: RouterState;
  match: (pathname: string) => RouteMatch[] | null;
  navigate: (to: string, options?: NavigateOptions) => void;
  /** Listens to the router and, while anyone does, to the browser's Back and Forward. */
  subscribe: (listener: (state: RouterState) => void) => () => void;
  /** One blocker at a time (the unsaved-changes guard); `null` removes it. */
  setBlocker: (shouldBlock: BlockerFunction | null) => void;
}

const UNBLOCKED: Blocker = { state: 'unblocked' };

/** A router over the browser's history, starting at the current URL. */
export function createRouter(routes: RouteObject[]): Router {
  // Each entry records its position, so a blocked Back or Forward can be undone by the same distance.
  let index = readHistoryEntry().idx ?? 0;
  let state: RouterState = {
    location: readBrowserLocation(),
    navigationType: NavigationType.Pop,
    blocker: UNBLOCKED,
  };
  writeHistoryEntry(
    'replace',
    { usr: state.location.state, key: state.location.key, idx: index },
    createPath(state.location),
  );
  const listeners = new Set<(state: RouterState) => void>();
  let shouldBlock: BlockerFunction | null = null;
  let proceeding = false;
  let ignoreNextPop = false;

  const update = (next: Partial<RouterState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };

  const blocks = (nextLocation: Location, historyAction: NavigationType) =>
    !proceeding &&
    shouldBlock !== null &&
    shouldBlock({ currentLocation: state.location, nextLocation, historyAction });

  const block = (location: Location, proceed: () => void) =>
    update({
      blocker: {
        state: 'blocked',
        location,
        proceed: () => {
          proceeding = true;
          proceed();
        },
        reset: () => update({ blocker: UNBLOCKED }),
      },
    });

  const arrive = (location: Location, navigationType: NavigationType) => {
    proceeding = false;
    update({ location, navigationType, blocker: UNBLOCKED });
  };

  const commit = (location: Location, navigationType: NavigationType) => {
    if (navigationType === NavigationType.Push) index += 1;
    const mode = navigationType === NavigationType.Push ? 'push' : 'replace';
    writeHistoryEntry(mode, { usr: location.state, key: location.key, idx: index }, createPath(location));
    arrive(location, navigationType);
  };

  const onPopState = () => {
    if (ignoreNextPop) {
      ignoreNextPop = false;
      return;
    }
    const location = readBrowserLocation();
    const entryIndex = readHistoryEntry().idx;
    if (entryIndex === undefined) {
      // A plain in-page (#fragment) link made this entry: the browser wrote no position, so stamp one.
      index += 1;
      writeHistoryEntry('replace', { usr: null, key: location.key, idx: index }, createPath(location));
    } else {
      const delta = index - entryIndex;
      if (delta !== 0 && blocks(location, NavigationType.Pop)) {
        // The browser already moved: go back to where the user was until they decide.
        ignoreNextPop = true;
        window.history.go(delta);
        block(location, () => window.history.go(-delta));
        return;
      }
      index = entryIndex;
    }
    arrive(location, NavigationType.Pop);
  };

  return {
    get state() {
      return state;
    },
    match: createRouteMatcher(routes),
    navigate(to, options = {}) {
      const location: Location = {
        ...resolvePath(to, state.location),
        state: options.state ?? null,
        key: createKey(),
      };
      const navigationType = options.replace ? NavigationType.Replace : NavigationType.Push;
      if (blocks(location, navigationType)) block(location, () => commit(location, navigationType));
      else commit(location, navigationType);
    },
    subscribe(listener) {
      if (listeners.size === 0) window.addEventListener('popstate', onPopState);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
      };
    },
    setBlocker(next) {
      shouldBlock = next;
      if (!next && state.blocker.state === 'blocked') update({ blocker: UNBLOCKED });
    },
  };
}
