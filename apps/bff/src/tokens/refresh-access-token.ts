import type { PoolClient } from 'pg';
import { queryWaiting } from '../db/pool.ts';
import { inTransaction } from '../db/queryable.ts';
import { telemetry } from '../ops/telemetry.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record-audit.ts';
import { requestToken, type TokenOutcome } from '../zoho/accounts-client.ts';
import { markNeedsReconnect } from '../zoho/connection-store.ts';
import type { ZohoDeps } from '../app-deps.ts';
import { zohoRuntime } from '../zoho/runtime.ts';
import {
  ZohoNeedsReconnectError,
  ZohoNotConnectedError,
  ZohoThrottledError,
  ZohoUnreachableError,
} from '../zoho/zoho-errors.ts';
import { readTokens, saveAccessToken, saveTokenError, type StoredTokens } from './token-vault.ts';

/**
 * Zoho mints about 10 access tokens per refresh token per 10 minutes, then blocks it
 * (https://www.zoho.com/accounts/protocol/oauth/token-limits.html).
 */
export const REFRESH_LIMIT = 10;
const WINDOW_SECONDS = 600;

export interface AccessToken {
  accessToken: string;
  expiresAt: Date;
  apiDomain: string;
}

type Result = { ok: true; token: AccessToken } | { ok: false; error: Error };

const NEEDS_RECONNECT_MESSAGE =
  "Access was revoked at Zoho: Zoho no longer accepts this connection's refresh token (the app was removed under Connected Apps in Zoho, or the same Zoho user authorized it more than 20 times since). Reconnect to fix it.";

function isUsable(tokens: StoredTokens, marginSeconds: number, rejected: string | undefined): boolean {
  return (
    tokens.accessToken !== rejected &&
    tokens.accessTokenExpiresAt.getTime() - Date.now() > marginSeconds * 1000
  );
}

const toAccessToken = (tokens: StoredTokens): AccessToken => ({
  accessToken: tokens.accessToken,
  expiresAt: tokens.accessTokenExpiresAt,
  apiDomain: tokens.apiDomain,
});

async function refreshBudget(client: PoolClient, tenantId: string): Promise<number | undefined> {
  const { rows } = await client.query<{ n: number; oldest: Date | null }>(
    `select count(*)::int as n, min(at) as oldest from zoho_token_refreshes
      where tenant_id = $1 and at > now() - make_interval(secs => $2)`,
    [tenantId, WINDOW_SECONDS],
  );
  const { n = 0, oldest = null } = rows[0] ?? {};
  if (n < REFRESH_LIMIT || !oldest) return undefined;
  return Math.max(1, Math.ceil((oldest.getTime() + WINDOW_SECONDS * 1000 - Date.now()) / 1000));
}

async function applyOutcome(
  client: PoolClient,
  deps: ZohoDeps,
  tokens: StoredTokens,
  outcome: TokenOutcome,
): Promise<Result> {
  const { tenantId } = tokens;
  if (outcome.ok) {
    const expiresAt = new Date(Date.now() + outcome.tokens.expiresInSeconds * 1000);
    await saveAccessToken(client, deps.secretBox, tenantId, outcome.tokens.accessToken, expiresAt);
    return {
      ok: true,
      token: { accessToken: outcome.tokens.accessToken, expiresAt, apiDomain: tokens.apiDomain },
    };
  }
  // On a refresh, Zoho's `invalid_code` means the refresh token is dead (revoked or evicted), not that a
  // grant code expired: stored as `access_revoked` so the console says so and offers Reconnect.
  if (outcome.error === 'invalid_code') {
    await saveTokenError(client, tenantId, 'access_revoked', NEEDS_RECONNECT_MESSAGE);
    if (await markNeedsReconnect(client, tenantId)) {
      await recordAudit(client, {
        tenantId,
        actor: SYSTEM_ACTOR,
        action: 'zoho.needs_reconnect',
        details: { reason: 'invalid_code', accountsServer: tokens.accountsUrl },
      });
    }
    deps.logger.warn(
      { tenantId, zohoError: 'invalid_code' },
      'Zoho refused the refresh token: needs reconnect',
    );
    return { ok: false, error: new ZohoNeedsReconnectError(tenantId) };
  }
  if (outcome.error === 'throttled') {
    await saveTokenError(
      client,
      tenantId,
      'throttled',
      'Zoho is throttling token refreshes for this connection.',
    );
    return { ok: false, error: new ZohoThrottledError(60) };
  }
  await saveTokenError(
    client,
    tenantId,
    outcome.error,
    `Zoho refused to refresh the access token (${outcome.error}).`,
  );
  deps.logger.warn({ tenantId, zohoError: outcome.error }, 'Zoho refused a token refresh');
  return { ok: false, error: new ZohoUnreachableError(`token refresh refused: ${outcome.error}`) };
}

/**
 * Under a transaction-scoped advisory lock keyed by the connection, so one refresh runs at a time across
 * every BFF process: re-read the row first (another process may have refreshed while we waited), count
 * refreshes against Zoho's cap, and only then call Zoho. The outcome (new token, error, needs_reconnect)
 * is committed before anything is thrown, so the next caller sees it.
 */
async function refreshLocked(
  deps: ZohoDeps,
  tenantId: string,
  rejected: string | undefined,
): Promise<AccessToken> {
  const result = await inTransaction(deps.pool, async (client): Promise<Result> => {
    // The holder may be waiting on Zoho for up to the HTTP timeout: wait longer than the pool's default.
    await queryWaiting(
      client,
      deps.config.zoho.httpTimeoutMs + 10_000,
      'select pg_advisory_xact_lock(hashtextextended($1, 0))',
      [`zoho-refresh:${tenantId}`],
    );
    const tokens = await readTokens(client, deps.secretBox, tenantId);
    if (!tokens) return { ok: false, error: new ZohoNotConnectedError(tenantId) };
    if (isUsable(tokens, deps.config.zoho.refreshMarginSeconds, rejected))
      return { ok: true, token: toAccessToken(tokens) };
    const retryAfter = await refreshBudget(client, tenantId);
    if (retryAfter !== undefined) {
      deps.logger.warn({ tenantId, retryAfter }, 'refresh budget exhausted: not calling Zoho');
      return { ok: false, error: new ZohoThrottledError(retryAfter) };
    }
    await client.query(
      `with expired as (delete from zoho_token_refreshes where tenant_id = $1 and at < now() - interval '1 hour')
       insert into zoho_token_refreshes (tenant_id) values ($1)`,
      [tenantId],
    );
    const outcome = await requestToken(
      tokens.accountsUrl,
      {
        grant_type: 'refresh_token',
        client_id: tokens.clientId,
        client_secret: tokens.clientSecret,
        refresh_token: tokens.refreshToken,
      },
      deps.config.zoho.httpTimeoutMs,
    ).catch((error: unknown) => {
      if (error instanceof ZohoUnreachableError) return { ok: false as const, error: 'zoho_unreachable' };
      throw error;
    });
    // Zoho's error strings become labels only when they look like its codes: a stray message cannot
    // add a series per answer.
    const label = outcome.ok ? 'ok' : /^[a-z_]{1,40}$/.test(outcome.error) ? outcome.error : 'error';
    telemetry.tokenRefreshes.inc({ tenant: tenantId, outcome: label });
    if (!outcome.ok && outcome.error === 'zoho_unreachable') {
      await saveTokenError(
        client,
        tenantId,
        'zoho_unreachable',
        "Zoho's accounts server could not be reached to refresh the access token.",
      );
      return {
        ok: false,
        error: new ZohoUnreachableError('accounts server unreachable during token refresh'),
      };
    }
    deps.logger.info(
      { tenantId, ok: outcome.ok, zohoError: outcome.ok ? undefined : outcome.error },
      'Zoho token refresh',
    );
    return applyOutcome(client, deps, tokens, outcome);
  });
  if (!result.ok) throw result.error;
  return result.token;
}

/**
 * A fresh access token for the tenant. `rejected` is the token Zoho just answered INVALID_TOKEN for: a
 * stored token equal to it is refreshed even if it looks unexpired. In-process callers share one attempt.
 */
export function refreshAccessToken(
  deps: ZohoDeps,
  tenantId: string,
  rejected?: string,
): Promise<AccessToken> {
  const { inFlightRefreshes } = zohoRuntime(deps.pool);
  const running = inFlightRefreshes.get(tenantId) as Promise<AccessToken> | undefined;
  // A shared attempt may hand back the very token this caller saw rejected (it found it unexpired): then
  // refresh for real.
  if (running)
    return running.then((token) =>
      token.accessToken === rejected ? refreshAccessToken(deps, tenantId, rejected) : token,
    );
  const attempt = refreshLocked(deps, tenantId, rejected).finally(() => inFlightRefreshes.delete(tenantId));
  inFlightRefreshes.set(tenantId, attempt);
  return attempt;
}
