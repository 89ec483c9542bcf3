import { useEffect, useRef } from 'react';
import { useRouter, useRouterState } from './contexts';
import type { Blocker, BlockerFunction } from './create-router';

/**
 * Holds in-app navigations (links, Back, Forward) for which `shouldBlock` says yes, until the caller
 * proceeds or resets. Closing the tab or reloading is the browser's own `beforeunload` question.
 */
export function useBlocker(shouldBlock: BlockerFunction): Blocker {
  const router = useRouter();
  const latest = useRef(shouldBlock);
  useEffect(() => {
    latest.current = shouldBlock;
  });
  useEffect(() => {
    router.setBlocker((args) => latest.current(args));
    return () => router.setBlocker(null);
  }, [router]);
  return useRouterState().blocker;
}
