import type { ZohoConnectError } from '@cxc/shared/api/zoho-connection';

type Code = ZohoConnectError['code'];

const host = (url: string | undefined) => {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return url ?? '';
  }
};

const utcTime = (iso: string) => {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : `${at.toISOString().slice(11, 16)} UTC`;
};

/**
 * Zoho's OAuth errors in plain words, each with what to do (wrong data center, a client not enabled for the
 * DC, an expired or reused grant code, no refresh token: what connectors' users trip on most). `params` feed
 * the console's localized text; the English message here is the fallback and the log-free explanation.
 */
const EXPLAIN: Record<Code, (p: Record<string, string>) => string> = {
  invalid_client: (p) =>
    `Zoho does not accept this Client ID in the ${(p.location ?? p.dataCenter ?? 'chosen').toUpperCase()} data center. Check the Client ID in Zoho's API console. If your Zoho user lives in another data center than the one the client was created in, open the client in Zoho's API console and enable it for that data center (Settings → Multi DC${p.location ? `: ${p.location.toUpperCase()}` : ''}).`,
  invalid_client_secret: () =>
    'Zoho refused the Client Secret. Copy it again from the client\'s "Client Secret" tab in Zoho\'s API console and save the configuration.',
  invalid_redirect_uri: (p) =>
    `The Authorized Redirect URI registered for this client in Zoho's API console does not match. Register exactly ${p.redirectUrl ?? 'the URL shown on this page'} and connect again.`,
  invalid_code: () =>
    'Zoho did not accept the authorization code: it expired (codes are valid for a minute or two), was already used, or was redeemed at another data center. Start the connection again; for a Self Client, generate a new code.',
  access_denied: () => "Access was not granted on Zoho's consent screen. Connect again and choose Accept.",
  no_refresh_token: () =>
    "Zoho granted access without a refresh token, so the connection would stop within an hour. Connect again; if this repeats, remove the app's earlier authorization in Zoho (Accounts → Sessions → Connected Apps) and retry.",
  state_mismatch: () =>
    'This connection attempt does not belong to your session: it expired, was already completed, or was started in another browser or by another user. Start again from the Integrations page.',
  dc_not_configured: (p) =>
    `The platform has no enabled system configuration for the ${p.dataCenter ?? 'chosen'} data center. Choose another data center, use a custom configuration, or ask the platform operator.`,
  throttled: () =>
    'Zoho is limiting requests for this client right now (too many attempts). Wait a few minutes, then try again.',
  token_rate_limited: (p) =>
    `Zoho limits how many sign-ins one client can issue (10 every 10 minutes, and 10 per Zoho user), and that limit is reached right now: this is not a refusal of consent. Try again ${p.retryAt ? `after ${utcTime(p.retryAt)}` : 'in 10 minutes'}.`,
  access_revoked: () =>
    "Access was revoked at Zoho: Zoho no longer accepts this connection's authorization (the app was removed under Connected Apps in Zoho, or the same Zoho user authorized it more than 20 times since). Reconnect to fix it.",
  zoho_unreachable: (p) =>
    `Zoho's server${p.server ? ` (${host(p.server)})` : ''} could not be reached. Try again in a moment.`,
  unknown: (p) =>
    `Zoho answered with an unexpected error${p.zohoError ? ` ("${p.zohoError}")` : ''}${p.reason ? `: ${p.reason}` : ''}. Try again; if it persists, check the client in Zoho's API console.`,
};

export function connectError(code: Code, params: Record<string, string | undefined> = {}): ZohoConnectError {
  const defined = Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  return { code, message: EXPLAIN[code](defined), params: defined };
}

/** Zoho's token-endpoint `error` strings mapped to our codes. */
export function fromTokenError(error: string): Code {
  const known: Record<string, Code> = {
    invalid_client: 'invalid_client',
    invalid_client_secret: 'invalid_client_secret',
    invalid_redirect_uri: 'invalid_redirect_uri',
    invalid_code: 'invalid_code',
    access_denied: 'access_denied',
    throttled: 'throttled',
  };
  return known[error] ?? 'unknown';
}

/** Zoho's issuing cap was hit; `retryAt` is when the sliding window surely lets one more through. */
export function tokenRateLimited(retryAt: Date): ZohoConnectError {
  return connectError('token_rate_limited', { retryAt: retryAt.toISOString() });
}

/** Thrown inside the connect flow; the callback page or route turns it into the outcome. */
export class ConnectFailure extends Error {
  constructor(readonly detail: ZohoConnectError) {
    super(detail.message);
    this.name = 'ConnectFailure';
  }
}
