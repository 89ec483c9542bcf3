import { startTransition, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { RouteContext, RouterContext, RouterStateContext } from './contexts';
import type { Router } from './create-router';
import type { Location } from './location';
import type { RouteMatch } from './match-routes';
import { RouteErrorBoundary } from './route-error-boundary';
import { Outlet } from './outlet';

function renderMatches(matches: RouteMatch[], location: Location): ReactNode {
  return matches.reduceRight<ReactNode>((outlet, { route, params }) => {
    const { element, Component, ErrorBoundary } = route;
    const node = (
      <RouteContext.Provider value={{ outlet, params }}>
        {element ?? (Component ? <Component /> : <Outlet />)}
      </RouteContext.Provider>
    );
    return ErrorBoundary ? (
      <RouteErrorBoundary location={location} Fallback={ErrorBoundary}>
        {node}
      </RouteErrorBoundary>
    ) : (
      node
    );
  }, null);
}

/**
 * Renders the routes matching the current URL. Every router update is a transition, as with react-router:
 * a screen whose code is still loading keeps the previous screen up instead of flashing a spinner.
 */
export function RouterProvider({ router }: { router: Router }) {
  const [state, setState] = useState(router.state);
  useLayoutEffect(() => {
    const unsubscribe = router.subscribe((next) => startTransition(() => setState(next)));
    // A navigation between the first render and this subscription (none expected) is not lost.
    startTransition(() => setState(router.state));
    return unsubscribe;
  }, [router]);
  const { location } = state;
  const matches = useMemo(() => router.match(location.pathname), [router, location.pathname]);
  return (
    <RouterContext.Provider value={router}>
      <RouterStateContext.Provider value={state}>
        {matches ? renderMatches(matches, location) : null}
      </RouterStateContext.Provider>
    </RouterContext.Provider>
  );
}
