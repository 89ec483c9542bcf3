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
  | 'errors.zohoNotConnected'
  | 'errors.zohoNeedsReconnect'
  | 'errors.zohoUnreachable'
  | 'errors.zohoThrottled'
  | 'errors.unexpected';

/** The state of the Zoho connection a request needed, as the BFF names it (an issue with that code). */
const ZOHO_REASONS = {
  not_connected: 'errors.zohoNotConnected',
  needs_reconnect: 'errors.zohoNeedsReconnect',
  zoho_unreachable: 'errors.zohoUnreachable',
  throttled: 'errors.zohoThrottled',
} as const satisfies Record<string, ErrorMessageKey>;

/** The translated words for a Zoho connection problem the error names, if it names one. */
export function zohoReasonKey(error: unknown): ErrorMessageKey | undefined {
  if (!isApiClientError(error)) return undefined;
  const issue = error.issues.find((one) => one.path.length === 0 && one.code in ZOHO_REASONS);
  return issue ? ZOHO_REASONS[issue.code as keyof typeof ZOHO_REASONS] : undefined;
}

/** What to tell the user about a failure. The server's own message stays out: it is not translated. */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (!isApiClientError(error)) return 'errors.unexpected';
  if (error.status === 401) return 'session.redirecting';
  const zoho = zohoReasonKey(error);
  if (zoho) return zoho;
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
