import { isApiClientError } from '@/lib/api-error';

export type ErrorMessageKey =
  | 'session.redirecting'
  | 'errors.server'
  | 'errors.network'
  | 'errors.forbidden'
  | 'errors.notFound'
  | 'errors.rateLimited'
  | 'errors.unavailable'
  | 'errors.invalidResponse'
  | 'errors.unexpected';

/** What to tell the user about a failure. The server's own message stays out: it is not translated. */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (!isApiClientError(error)) return 'errors.unexpected';
  if (error.status === 401) return 'session.redirecting';
  if (error.code === 'NETWORK_ERROR') return 'errors.network';
  if (error.status === 403) return 'errors.forbidden';
  if (error.status === 404) return 'errors.notFound';
  if (error.status === 429) return 'errors.rateLimited';
  // Database away or server full: nothing happened, and trying again shortly is the right move.
  if (error.code === 'SERVICE_UNAVAILABLE') return 'errors.unavailable';
  if (error.status >= 500) return 'errors.server';
  if (error.code === 'INVALID_RESPONSE') return 'errors.invalidResponse';
  return 'errors.unexpected';
}

/** Retrying cannot help while the browser is on its way to sign-in. */
export function canRetry(error: unknown): boolean {
  return !(isApiClientError(error) && error.status === 401);
}
