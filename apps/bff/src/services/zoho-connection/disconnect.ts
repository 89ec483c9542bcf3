import type { Connection } from '@cxc/shared/api/zoho-connection';
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
  const revokedAtZoho = tokens
    ? await revokeToken(tokens.accountsUrl, tokens.refreshToken, deps.config.zoho.httpTimeoutMs).catch(
        () => false,
      )
    : false;
  await inTransaction(deps.pool, async (db) => {
    await deleteTokens(db, tenantId);
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
