import { createContext, useContext, type ReactNode } from 'react';
import type { Router, RouterState } from './create-router';
import type { Params } from './match-routes';

export const RouterContext = createContext<Router | null>(null);
export const RouterStateContext = createContext<RouterState | null>(null);

/** What a matched route gives the routes inside it. */
export const RouteContext = createContext<{ outlet: ReactNode; params: Params }>({
  outlet: null,
  params: {},
});

export const RouteErrorContext = createContext<unknown>(undefined);

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('Router hooks and links need a <RouterProvider> above them');
  return router;
}

export function useRouterState(): RouterState {
  const state = useContext(RouterStateContext);
  if (!state) throw new Error('Router hooks and links need a <RouterProvider> above them');
  return state;
}
