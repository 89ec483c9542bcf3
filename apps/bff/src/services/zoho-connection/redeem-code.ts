import { requestToken, revokeToken, type IssuedTokens } from '../../zoho/accounts-client.ts';
import type { DataCenters } from '../../zoho/data-centers.ts';
import type { ZohoDeps } from '../../app-deps.ts';
import { ZohoUnreachableError } from '../../zoho/zoho-errors.ts';
import type { ZohoDc } from '@cxc/shared/domain/zoho-dcs';
import { ConnectFailure, connectError, fromTokenError, tokenRateLimited } from './connect-errors.ts';
import { GRANT_WINDOW_SECONDS, recordGrant } from './grant-log.ts';

export interface RedeemInput {
  accountsUrl: string;
  simulated: boolean;
  form: Record<string, string>;
  /** For the explanations: the configured DC, Zoho's `location`, the redirect URL. */
  explain: Record<string, string | undefined>;
}

export type RedeemedTokens = IssuedTokens & { refreshToken: string; apiDomain: string };

const apiHostKey = (url: string) => new URL(url).host.replace(/^(www|sandbox|developer)\./, '');

/** The DC whose API family `api_domain` belongs to (sandbox and developer hosts included). */
export function dcOfApiDomain(dcs: DataCenters, apiDomain: string, simulated: boolean): ZohoDc | undefined {
  if (simulated) return dcs.all.find((o) => o.simulated && o.apiUrl.replace(/\/+$/, '') === apiDomain)?.dc;
  const key = apiHostKey(apiDomain);
  return dcs.all.find((o) => !o.simulated && apiHostKey(o.apiUrl) === key)?.dc;
}

/**
 * Redeems a grant code once, at once, at an accounts server the caller already checked against the
 * allowlist. Refuses a grant without a refresh token (it would die within the hour) and an `api_domain`
 * outside the allowlist (tokens are never sent to a host we do not know). Every code counts against
 * Zoho's grant cap, so it is noted first; "Access Denied" here is the refresh-token cap (10 per user
 * and client per 10 minutes), which lifts at the latest a window from now.
 */
export async function redeemCode(
  deps: ZohoDeps,
  dcs: DataCenters,
  input: RedeemInput,
): Promise<{ tokens: RedeemedTokens; orgDc: ZohoDc }> {
  const timeout = deps.config.zoho.httpTimeoutMs;
  if (input.form.client_id) await recordGrant(deps.pool, input.form.client_id);
  const outcome = await requestToken(input.accountsUrl, input.form, timeout).catch((error: unknown) => {
    if (error instanceof ZohoUnreachableError)
      throw new ConnectFailure(connectError('zoho_unreachable', { server: input.accountsUrl }));
    throw error;
  });
  if (!outcome.ok && outcome.error === 'throttled')
    throw new ConnectFailure(tokenRateLimited(new Date(Date.now() + GRANT_WINDOW_SECONDS * 1000)));
  if (!outcome.ok) {
    const code = fromTokenError(outcome.error);
    throw new ConnectFailure(
      connectError(code, { ...input.explain, ...(code === 'unknown' ? { zohoError: outcome.error } : {}) }),
    );
  }
  const { tokens } = outcome;
  const revoke = (token: string) => revokeToken(input.accountsUrl, token, timeout).catch(() => false);
  if (!tokens.refreshToken) {
    await revoke(tokens.accessToken);
    throw new ConnectFailure(connectError('no_refresh_token'));
  }
  const apiDomain = tokens.apiDomain ?? '';
  const orgDc =
    apiDomain && dcs.isKnownApiUrl(apiDomain, input.simulated)
      ? dcOfApiDomain(dcs, apiDomain, input.simulated)
      : undefined;
  if (!orgDc) {
    deps.logger.warn(
      { apiDomainHost: apiDomain ? new URL(apiDomain).host : null },
      'refused a token response with an unknown api_domain',
    );
    await revoke(tokens.refreshToken);
    throw new ConnectFailure(
      connectError('unknown', { reason: "Zoho named an API address that is not one of Zoho's" }),
    );
  }
  return { tokens: { ...tokens, refreshToken: tokens.refreshToken, apiDomain }, orgDc };
}
