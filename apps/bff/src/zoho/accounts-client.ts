import { z } from 'zod';
import { ZohoUnreachableError } from './zoho-errors.ts';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string | undefined;
  apiDomain: string | undefined;
  expiresInSeconds: number;
  scopes: string[];
}

/** Zoho's `error` strings, with its throttle ("Access Denied") and HTTP 429 folded into `throttled`. */
export type TokenOutcome = { ok: true; tokens: IssuedTokens } | { ok: false; error: string };

const successSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  api_domain: z.string().optional(),
  expires_in: z.number().optional(),
  expires_in_sec: z.number().optional(),
  scope: z.string().optional(),
});
const errorSchema = z.object({ error: z.string() });

/**
 * Before Dec 2019 Zoho sent `expires_in` in milliseconds plus `expires_in_sec`; some SDKs still branch on it
 * and get expiry wrong a thousandfold. Prefer `expires_in_sec`; a value above a day can only be
 * milliseconds.
 */
export function expiresInSeconds(body: {
  expires_in?: number | undefined;
  expires_in_sec?: number | undefined;
}): number {
  if (body.expires_in_sec !== undefined) return body.expires_in_sec;
  const value = body.expires_in ?? 3600;
  return value > 86_400 ? Math.floor(value / 1000) : value;
}

async function postForm(url: string, form: Record<string, string>, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, {
      method: 'POST',
      // Parameters in the body, not the query string Zoho's docs show: a secret in a URL ends up in proxy
      // and server logs. Zoho (and the simulator) accept urlencoded bodies.
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : 'error';
    throw new ZohoUnreachableError(name === 'TimeoutError' ? 'timed out' : 'network error');
  }
}

/**
 * `POST {accounts}/oauth/v2/token`. Zoho answers failures with HTTP 200 and `{"error": …}`, so success is
 * decided by the presence of `access_token`, not by the status
 * (https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token.html). The caller must
 * have checked `accountsUrl` against the allowlist: this sends the client secret there.
 */
export async function requestToken(
  accountsUrl: string,
  form: Record<string, string>,
  timeoutMs: number,
): Promise<TokenOutcome> {
  const response = await postForm(`${accountsUrl}/oauth/v2/token`, form, timeoutMs);
  if (response.status === 429) return { ok: false, error: 'throttled' };
  if (response.status >= 500)
    throw new ZohoUnreachableError(`accounts server answered HTTP ${response.status}`);
  const body: unknown = await response.json().catch(() => undefined);
  const success = successSchema.safeParse(body);
  if (success.success) {
    const data = success.data;
    return {
      ok: true,
      tokens: {
        accessToken: data.access_token,
        refreshToken: data.refresh_token,
        apiDomain: data.api_domain?.replace(/\/+$/, ''),
        expiresInSeconds: expiresInSeconds(data),
        scopes: (data.scope ?? '').split(/[\s,]+/).filter(Boolean),
      },
    };
  }
  const failure = errorSchema.safeParse(body);
  if (!failure.success) return { ok: false, error: 'unknown' };
  return { ok: false, error: failure.data.error === 'Access Denied' ? 'throttled' : failure.data.error };
}

/** `POST {accounts}/oauth/v2/token/revoke`: true when Zoho confirmed (it answers 400 for a dead token). */
export async function revokeToken(accountsUrl: string, token: string, timeoutMs: number): Promise<boolean> {
  const response = await postForm(`${accountsUrl}/oauth/v2/token/revoke`, { token }, timeoutMs);
  const body = (await response.json().catch(() => ({}))) as { status?: unknown };
  return response.ok && body.status === 'success';
}
