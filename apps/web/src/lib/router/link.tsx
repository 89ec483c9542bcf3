import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useRouter } from './contexts';
import { useLocation } from './hooks';
import { createPath, resolvePath } from './location';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  replace?: boolean;
  state?: unknown;
}

/** Leaves modified clicks (new tab, download, other targets) to the browser. */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>, target: string | undefined): boolean {
  return (
    event.button === 0 &&
    (!target || target === '_self') &&
    !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)
  );
}

/** An in-app link: a real `<a href>`, navigating without a page load. */
export function Link({ to, replace, state, onClick, target, children, ...anchor }: LinkProps) {
  const router = useRouter();
  const location = useLocation();
  const href = createPath(resolvePath(to, location));
  const navigateOnClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainClick(event, target)) return;
    event.preventDefault();
    // A link to where the user already is replaces the entry, so Back does not stop twice on one page.
    router.navigate(href, { replace: replace ?? createPath(location) === href, state });
  };
  return (
    <a {...anchor} href={href} target={target} onClick={navigateOnClick}>
      {children}
    </a>
  );
}
