import { paths } from '@/config/paths';

/** The relative location to come back to after signing in. */
export function currentReturnTo(): string {
  const { pathname, search } = window.location;
  return `${pathname}${search}`;
}

/**
 * Sign-in is a full browser navigation: the BFF answers `/auth/login` with a redirect to the IdP.
 * `replace` keeps the signed-out page out of history, so Back does not bounce through it again.
 */
export function redirectToLogin(returnTo: string = currentReturnTo()): void {
  window.location.replace(paths.auth.login.getHref(returnTo));
}
