import { useCallback, useContext, useMemo } from 'react';
import { RouteContext, RouteErrorContext, useRouter, useRouterState } from './contexts';
import type { NavigateOptions } from './create-router';
import type { Location, NavigationType } from './location';
import type { Params } from './match-routes';

export function useLocation(): Location {
  return useRouterState().location;
}

export function useNavigationType(): NavigationType {
  return useRouterState().navigationType;
}

export function useParams(): Params {
  return useContext(RouteContext).params;
}

/** The error the nearest route error boundary caught. */
export function useRouteError(): unknown {
  return useContext(RouteErrorContext);
}

export function useNavigate(): (to: string, options?: NavigateOptions) => void {
  const router = useRouter();
  return useCallback((to, options) => router.navigate(to, options), [router]);
}

type SearchParamsInit = URLSearchParams | Record<string, string> | string;
export type SetSearchParams = (
  next: SearchParamsInit | ((previous: URLSearchParams) => SearchParamsInit),
  options?: NavigateOptions,
) => void;

/** The query string as URLSearchParams; setting it navigates to the same path with the new query. */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const router = useRouter();
  const { search } = useLocation();
  const searchParams = useMemo(() => new URLSearchParams(search), [search]);
  const setSearchParams = useCallback<SetSearchParams>(
    (next, options) => {
      // The router's current query, not this render's: two updates in one event both apply.
      const init =
        typeof next === 'function' ? next(new URLSearchParams(router.state.location.search)) : next;
      router.navigate(`?${new URLSearchParams(init).toString()}`, options);
    },
    [router],
  );
  return [searchParams, setSearchParams];
}
