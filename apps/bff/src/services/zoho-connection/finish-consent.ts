import type { ConnectOutcomeMessage } from '@cxc/shared/api/zoho-connection';
import type { ZohoDc } from '@cxc/shared/domain/zoho-dcs';
import { inTransaction, type Queryable } from '../../db/queryable.ts';
import type { IssuedTokens } from '../../zoho/accounts-client.ts';
import { revokeToken } from '../../zoho/accounts-client.ts';
import { readConnection, type ConnectionWarning } from '../../zoho/connection-store.ts';
import type { ZohoDeps } from '../../app-deps.ts';
import { probeZohoClient } from '../../zoho/get-zoho-client.ts';
import { ZohoError } from '../../zoho/zoho-errors.ts';
import { readTokens, saveTokens } from '../../tokens/token-vault.ts';
import { recordAudit, type AuditActor } from '../../audit/record-audit.ts';
import { checkCurrentUser, completeOrg } from './complete-org.ts';
import { ConnectFailure, connectError } from './connect-errors.ts';
import { orgSummary } from './zoho-summaries.ts';

export interface Consent {
  tenantId: string;
  actor: AuditActor;
  tokens: IssuedTokens & { refreshToken: string; apiDomain: string };
  clientId: string;
  clientSecret: string;
  /** The accounts server that issued the tokens (the user's DC): refresh and revoke go there. */
  accountsUrl: string;
  location: string | null;
  /** The DC of the org (from `api_domain`). */
  orgDc: ZohoDc;
  warnings: ConnectionWarning[];
  /**
   * Self Client: the admin already picked the org in Zoho's API console when generating the code, so
   * there is no second choice to make.
   */
  orgAlreadyChosen?: boolean;
  /**
   * Written in the same transaction as the tokens, only once the grant proved usable (Self Client: the
   * client the admin offered). A failed attempt therefore leaves the stored configuration alone.
   */
  persistConfig?: (db: Queryable) => Promise<void>;
}

/**
 * After Zoho issued tokens (redirect flow or self client): stores them encrypted, reads the org the
 * grant is for, and moves to `choose_org` — or straight to `connected` when a reconnect brought back the
 * org that was connected before (the settings were built for it). Replaced refresh tokens are revoked,
 * so reconnects do not pile up towards Zoho's 20-per-user cap.
 */
export async function finishConsent(
  deps: ZohoDeps,
  consent: Consent,
): Promise<ConnectOutcomeMessage['outcome']> {
  const { tenantId, actor } = consent;
  const [before, oldTokens] = await Promise.all([
    readConnection(deps.pool, tenantId),
    readTokens(deps.pool, deps.secretBox, tenantId),
  ]);
  const reconnect =
    Boolean(oldTokens) || before?.status === 'connected' || before?.status === 'needs_reconnect';
  const expiresAt = new Date(Date.now() + consent.tokens.expiresInSeconds * 1000);
  const zoho = probeZohoClient(deps, tenantId, {
    accessToken: consent.tokens.accessToken,
    expiresAt,
    apiDomain: consent.tokens.apiDomain,
  });
  let org;
  try {
    org = orgSummary(await zoho.org(), consent.orgDc);
  } catch (error) {
    if (!(error instanceof ZohoError)) throw error;
    // The new grant is unusable: give it back, and leave the tenant's current tokens and state alone.
    await revokeToken(consent.accountsUrl, consent.tokens.refreshToken, deps.config.zoho.httpTimeoutMs).catch(
      () => false,
    );
    throw new ConnectFailure(
      connectError('unknown', { zohoError: error.zohoCode, reason: 'the organization could not be read' }),
    );
  }
  const sameOrg = reconnect && before?.org?.id === org.id;
  const checked =
    sameOrg || consent.orgAlreadyChosen ? await checkCurrentUser(zoho, consent.warnings) : undefined;
  // Configuration, tokens and state change together or not at all.
  const outcome = await inTransaction(deps.pool, async (db) => {
    await consent.persistConfig?.(db);
    await saveTokens(db, deps.secretBox, {
      tenantId,
      refreshToken: consent.tokens.refreshToken,
      accessToken: consent.tokens.accessToken,
      accessTokenExpiresAt: expiresAt,
      clientId: consent.clientId,
      clientSecret: consent.clientSecret,
      accountsUrl: consent.accountsUrl,
      apiDomain: consent.tokens.apiDomain,
      location: consent.location,
      scopes: consent.tokens.scopes,
    });
    await db.query(
      `update zoho_connections set status = 'choose_org', available_orgs = $2, warnings = $3 where tenant_id = $1`,
      [tenantId, JSON.stringify([org]), JSON.stringify(consent.warnings)],
    );
    const details = {
      orgId: org.id,
      orgName: org.name,
      dc: org.dc,
      accountsServer: consent.accountsUrl,
      location: consent.location,
      scopes: consent.tokens.scopes,
    };
    await recordAudit(db, {
      tenantId,
      actor,
      action: reconnect ? 'zoho.reconnected' : 'zoho.connected',
      details,
    });
    if (!checked) return 'choose_org' as const;
    await completeOrg(db, { tenantId, org, actor, checked });
    return 'connected' as const;
  });
  // Only now, with the new grant committed, is the replaced refresh token given up (Zoho keeps 20 per user).
  if (oldTokens && oldTokens.refreshToken !== consent.tokens.refreshToken) {
    await revokeToken(oldTokens.accountsUrl, oldTokens.refreshToken, deps.config.zoho.httpTimeoutMs).catch(
      () => false,
    );
  }
  return outcome;
}
