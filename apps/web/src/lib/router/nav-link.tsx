import { resolvePath } from './location';
import { useLocation } from './hooks';
import { Link, type LinkProps } from './link';

/**
 * Is the link's path the current one or an ancestor of it? Case-insensitive, like route matching
 * (react-router's NavLink rule, kept so the same entries light up).
 */
function isActive(locationPathname: string, toPathname: string, end: boolean): boolean {
  const current = locationPathname.toLowerCase();
  const target = toPathname.toLowerCase();
  if (current === target) return true;
  if (end || !current.startsWith(target)) return false;
  const boundary = target.endsWith('/') ? target.length - 1 : target.length;
  return current.charAt(boundary) === '/';
}

/** A navigation entry: the active one carries aria-current="page" and the `active` class. */
export function NavLink({ end = false, className, ...link }: LinkProps & { end?: boolean }) {
  const location = useLocation();
  const active = isActive(location.pathname, resolvePath(link.to, location).pathname, end);
  return (
    <Link
      {...link}
      className={[className, active ? 'active' : null].filter(Boolean).join(' ') || undefined}
      aria-current={active ? 'page' : undefined}
    />
  );
}
