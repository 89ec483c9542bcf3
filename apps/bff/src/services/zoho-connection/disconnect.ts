import type { Connection } from '@cxc/shared/api/zoho-connection';
import { purgeMirror } from '../../customer-data/store/purge-mirror.ts';
import { disableChannel } from '../../customer-data/watch/watch-channel.ts';
import { readWatchChannel } from '../../customer-data/watch/watch-store.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { inTransaction } from '../../db/queryable.ts';
import { deleteTokens, readTokens } from '../../tokens/token-vault.ts';
import { revokeToken } from '../../zoho/accounts-client.ts';
import type { ZohoDeps } from '../../app-deps.ts';
import { recordAudit, type AuditActor } from '../../audit/record-audit.ts';
import { connectionView } from './connection-view.ts';

/**
 * Revokes the refresh token at Zoho (which also kills its access tokens), deletes our tokens and clears
 * the org; the configuration and the tenant's integration settings stay, so reconnecting is one click.
 * The tokens are deleted even when Zoho cannot be reached: `revokedAtZoho` says so.
 */
export async function disconnectZoho(
  deps: ZohoDeps,
  tenantId: string,
  actor: AuditActor,
): Promise<{ revokedAtZoho: boolean; settingsKept: true; connection: Connection }> {
  const tokens = await readTokens(deps.pool, deps.secretBox, tenantId);
  // Zoho stops posting changes of this org to us before the token that created the channel is revoked.
  const channel = tokens ? await readWatchChannel(deps.pool, tenantId) : null;
  if (channel)
    await getZohoClient(deps, tenantId)
      .then((zoho) => disableChannel(zoho, channel.channelId))
      .catch(() => undefined);
  const revokedAtZoho = tokens
    ? await revokeToken(tokens.accountsUrl, tokens.refreshToken, deps.config.zoho.httpTimeoutMs).catch(
        () => false,
      )
    : false;
  await inTransaction(deps.pool, async (db) => {
    await deleteTokens(db, tenantId);
    // Privacy (issue 13): the mirror of the org's customers goes with the connection.
    await purgeMirror(db, tenantId);
    const { rowCount } = await db.query(
      `update zoho_connections set status = 'not_connected', org = null, zoho_user = null, available_orgs = '[]',
         warnings = '[]', connected_at = null, connected_by = null
       where tenant_id = $1`,
      [tenantId],
    );
    if (tokens || (rowCount ?? 0) > 0) {
      await recordAudit(db, {
        tenantId,
        actor,
        action: 'zoho.disconnected',
        details: { revokedAtZoho, settingsKept: true },
      });
    }
  });
  deps.logger.info({ tenantId, revokedAtZoho }, 'Zoho disconnected');
  return { revokedAtZoho, settingsKept: true, connection: await connectionView(deps, tenantId) };
}
