/** A small router over the browser's history: the routes, links and hooks the console uses. */
export {
  createRouter,
  type Blocker,
  type BlockerFunction,
  type NavigateOptions,
  type Router,
} from './create-router';
export {
  useLocation,
  useNavigate,
  useNavigationType,
  useParams,
  useRouteError,
  useSearchParams,
} from './hooks';
export { Link, type LinkProps } from './link';
export { NavigationType, type Location } from './location';
export type { RouteObject } from './match-routes';
export { Navigate } from './navigate';
export { NavLink } from './nav-link';
export { Outlet } from './outlet';
export { RouterProvider } from './router-provider';
export { useBlocker } from './use-blocker';
