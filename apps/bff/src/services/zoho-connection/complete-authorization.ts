import type { ConnectOutcomeMessage, ZohoConnectError } from '@cxc/shared/api/zoho-connection';
import { loadDataCenters, normalizeUrl } from '../../zoho/data-centers.ts';
import type { ZohoDeps } from '../../app-deps.ts';
import type { ActiveSession } from '../session/find-session.ts';
import { ConnectFailure, connectError, fromTokenError } from './connect-errors.ts';
import { finishConsent } from './finish-consent.ts';
import { grantCapExplanation } from './grant-cap.ts';
import { takeState } from './oauth-state.ts';
import { redeemCode } from './redeem-code.ts';
import { otherDcWarning } from './zoho-summaries.ts';

export interface CallbackQuery {
  state?: string | undefined;
  code?: string | undefined;
  error?: string | undefined;
  errorDescription?: string | undefined;
  location?: string | undefined;
  accountsServer?: string | undefined;
}

export interface CallbackResult {
  mode: 'popup' | 'redirect';
  message: ConnectOutcomeMessage;
}

const failed = (mode: CallbackResult['mode'], error: ZohoConnectError): CallbackResult => ({
  mode,
  message: { type: 'cxc:zoho-connect', outcome: 'error', error },
});

/**
 * Zoho's redirect back (a browser navigation with the admin's session cookie). The state must be ours,
 * unexpired, unused, and started by this very session for its tenant. The code is redeemed once, at
 * the accounts server Zoho names (the user's DC) — and only if that server is on the allowlist: the
 * client secret is never sent to a host taken from the query string otherwise.
 */
export async function completeAuthorization(
  deps: ZohoDeps,
  session: ActiveSession | undefined,
  query: CallbackQuery,
): Promise<CallbackResult> {
  const taken = query.state ? await takeState(deps.pool, deps.secretBox, query.state) : undefined;
  if (!taken) return failed('popup', connectError('state_mismatch'));
  const { pending, mode } = taken;
  if (!session || session.idHash !== taken.sessionIdHash || session.user.tenant?.id !== taken.tenantId) {
    deps.logger.warn({ tenantId: taken.tenantId }, 'Zoho callback with a state of another session: refused');
    return failed(mode, connectError('state_mismatch'));
  }
  if (query.error === 'access_denied') {
    const capped = await grantCapExplanation(deps.pool, pending.clientId, query.errorDescription);
    if (capped) {
      deps.logger.warn({ tenantId: taken.tenantId }, "Zoho's grant cap for the client is reached");
      return failed(mode, capped);
    }
  }
  if (query.error) return failed(mode, connectError(fromTokenError(query.error), { zohoError: query.error }));
  if (!query.code)
    return failed(mode, connectError('unknown', { reason: 'Zoho sent no authorization code' }));
  const dcs = await loadDataCenters(deps.config.zoho.simUrl);
  const accountsServer = (query.accountsServer ?? pending.accountsUrl).replace(/\/+$/, '');
  const issuing = dcs.byAccountsUrl(accountsServer);
  if (
    !issuing ||
    issuing.simulated !== pending.simulated ||
    !dcs.isKnownAccountsUrl(accountsServer, pending.simulated)
  ) {
    deps.logger.warn(
      { tenantId: taken.tenantId },
      'Zoho callback named an accounts server not on the allowlist: code not redeemed',
    );
    return failed(
      mode,
      connectError('unknown', {
        reason: "the accounts server in Zoho's answer is not one of Zoho's; nothing was sent to it",
      }),
    );
  }
  const location = query.location ?? issuing.dc;
  const warnings =
    normalizeUrl(accountsServer) === normalizeUrl(pending.accountsUrl)
      ? []
      : [otherDcWarning(pending.dataCenterId.replace(/^sim-/, ''), location, accountsServer)];
  try {
    const { tokens, orgDc } = await redeemCode(deps, dcs, {
      accountsUrl: accountsServer,
      simulated: pending.simulated,
      form: {
        grant_type: 'authorization_code',
        client_id: pending.clientId,
        client_secret: pending.clientSecret,
        code: query.code,
        redirect_uri: pending.redirectUri,
        code_verifier: pending.codeVerifier,
      },
      explain: { dataCenter: pending.dataCenterId, location, redirectUrl: pending.redirectUri },
    });
    const outcome = await finishConsent(deps, {
      tenantId: taken.tenantId,
      actor: pending.actor,
      tokens,
      clientId: pending.clientId,
      clientSecret: pending.clientSecret,
      accountsUrl: accountsServer,
      location,
      orgDc,
      warnings,
    });
    deps.logger.info({ tenantId: taken.tenantId, outcome, location }, 'Zoho consent completed');
    return { mode, message: { type: 'cxc:zoho-connect', outcome, error: null } };
  } catch (error) {
    if (!(error instanceof ConnectFailure)) throw error;
    deps.logger.info({ tenantId: taken.tenantId, code: error.detail.code }, 'Zoho consent failed');
    return failed(mode, error.detail);
  }
}
