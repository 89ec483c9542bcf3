import { AppError } from '../errors/app-error.ts';

/**
 * Every Zoho failure is an AppError, so a route that does not catch one still answers the shared envelope
 * (409 for connection state, 502 for Zoho's side) through the one error handler. `zohoCode` is what
 * callers branch on; messages are safe to show (never a token, never a secret).
 */
export abstract class ZohoError extends AppError {
  abstract readonly zohoCode: string;
}

/**
 * The connection-state reasons also travel as an issue with that code (path `[]`): a console says them in
 * its user's language instead of showing our English message.
 */
const reasonIssue = (code: string, message: string) => [{ path: [], code, message }];

/** The tenant has no usable connection (never connected, disconnected, or still choosing the org). */
export class ZohoNotConnectedError extends ZohoError {
  readonly zohoCode = 'not_connected';
  constructor(readonly tenantId: string) {
    const message = 'Zoho CRM is not connected for this tenant. Connect it under Integrations.';
    super('CONFLICT', message, reasonIssue('not_connected', message));
    this.name = 'ZohoNotConnectedError';
  }
}

/** Zoho refused the refresh token (revoked, evicted): an administrator must reconnect. Work should wait. */
export class ZohoNeedsReconnectError extends ZohoError {
  readonly zohoCode = 'needs_reconnect';
  constructor(readonly tenantId: string) {
    const message =
      'The Zoho CRM connection must be renewed: Zoho no longer accepts its authorization. An administrator can reconnect under Integrations.';
    super('CONFLICT', message, reasonIssue('needs_reconnect', message));
    this.name = 'ZohoNeedsReconnectError';
  }
}

/** A whole-request error answered by Zoho: `{code, details, message, status}` plus the HTTP status. */
export class ZohoApiError extends ZohoError {
  readonly zohoCode: string;
  constructor(
    /** Zoho's HTTP status (401, 400, 429, 500 …). */
    readonly httpStatus: number,
    code: string,
    readonly zohoMessage: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super('UPSTREAM_UNAVAILABLE', `Zoho CRM answered ${code}: ${zohoMessage}`);
    this.name = 'ZohoApiError';
    this.zohoCode = code;
  }
}

/** Zoho did not answer (network error, timeout, outage, 5xx after the retries). */
export class ZohoUnreachableError extends ZohoError {
  readonly zohoCode = 'zoho_unreachable';
  constructor(readonly reason: string) {
    const message = `Zoho CRM could not be reached (${reason}). Try again in a moment.`;
    super('UPSTREAM_UNAVAILABLE', message, reasonIssue('zoho_unreachable', message));
    this.name = 'ZohoUnreachableError';
  }
}

/** Too many token refreshes (Zoho allows 10 per 10 minutes per refresh token) or Zoho's own throttle. */
export class ZohoThrottledError extends ZohoError {
  readonly zohoCode = 'throttled';
  constructor(override readonly retryAfterSeconds: number) {
    const message = `Zoho CRM is throttling this connection. Try again in ${retryAfterSeconds} seconds.`;
    super('RATE_LIMITED', message, reasonIssue('throttled', message));
    this.name = 'ZohoThrottledError';
  }
}
