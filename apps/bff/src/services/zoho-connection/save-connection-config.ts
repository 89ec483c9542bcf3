import type { Connection, ConnectionConfigInput } from '@cxc/shared/api/zoho-connection';
import type { FieldIssue } from '@cxc/shared/api/errors';
import { inTransaction, type Queryable } from '../../db/queryable.ts';
import { AppError } from '../../errors/app-error.ts';
import { customSecretContext, readConnection } from '../../zoho/connection-store.ts';
import { loadDataCenters, normalizeUrl } from '../../zoho/data-centers.ts';
import type { ZohoDeps } from '../../app-deps.ts';
import { recordAudit, type AuditActor } from '../../audit/record-audit.ts';
import { connectionView } from './connection-view.ts';
import { listSystemClientRows } from '../system/system-clients.ts';

const issue = (path: string, message: string, code: string): FieldIssue => ({ path: [path], message, code });
const trimUrl = (url: string) => url.replace(/\/+$/, '');

/** A configuration that passed every check, ready to be written (sealed secret included). */
export interface CheckedConfig {
  kind: ConnectionConfigInput['kind'];
  dataCenterId: string;
  clientId: string | null;
  sealedSecret: string | null;
  accountsUrl: string;
  apiUrl: string;
  /** For the audit entry; `secretChanged` only says whether a new secret was given, never the secret. */
  defaultAccountsUrl: string;
  defaultApiUrl: string;
  secretChanged: boolean;
}

/**
 * Saves the tenant's configuration. Custom addresses ("Advanced") must be Zoho's official hosts, or the
 * running simulator's for a simulated DC: the BFF sends the client secret and tokens there, so a tenant
 * must never be able to point it at a host of their choosing. Existing tokens keep working (they carry
 * the credentials that minted them); the new configuration applies at the next connect.
 */
export async function saveConnectionConfig(
  deps: ZohoDeps,
  tenantId: string,
  actor: AuditActor,
  input: ConnectionConfigInput,
): Promise<Connection> {
  const checked = await checkConnectionConfig(deps, tenantId, input);
  await inTransaction(deps.pool, (db) => writeConnectionConfig(db, tenantId, actor, checked));
  return connectionView(deps, tenantId);
}

/** Every check of a configuration, without writing anything: 400 with field issues when it is not valid. */
export async function checkConnectionConfig(
  deps: ZohoDeps,
  tenantId: string,
  input: ConnectionConfigInput,
): Promise<CheckedConfig> {
  const [dcs, existing, systemRows] = await Promise.all([
    loadDataCenters(deps.config.zoho.simUrl),
    readConnection(deps.pool, tenantId),
    listSystemClientRows(deps.pool),
  ]);
  const dataCenter = dcs.find(input.dataCenterId);
  const issues: FieldIssue[] = [];
  if (!dataCenter)
    issues.push(issue('dataCenterId', 'Choose one of the offered data centers.', 'unknown_data_center'));
  if (
    dataCenter &&
    input.kind === 'system' &&
    !systemRows.some((row) => row.data_center_id === dataCenter.id && row.enabled)
  ) {
    issues.push(
      issue(
        'dataCenterId',
        'The platform offers no system configuration for this data center.',
        'dc_not_configured',
      ),
    );
  }
  let accountsUrl = dataCenter?.accountsUrl ?? '';
  let apiUrl = dataCenter?.apiUrl ?? '';
  let sealedSecret: string | null = null;
  if (input.kind === 'custom' && dataCenter) {
    if (input.accountsUrl) {
      if (dcs.isKnownAccountsUrl(input.accountsUrl, dataCenter.simulated))
        accountsUrl = trimUrl(input.accountsUrl);
      else
        issues.push(
          issue(
            'accountsUrl',
            "Only Zoho's official accounts servers are allowed (e.g. https://accounts.zoho.eu).",
            'host_not_allowed',
          ),
        );
    }
    if (input.apiUrl) {
      if (dcs.isKnownApiUrl(input.apiUrl, dataCenter.simulated)) apiUrl = trimUrl(input.apiUrl);
      else
        issues.push(
          issue(
            'apiUrl',
            "Only Zoho's official API domains are allowed (e.g. https://www.zohoapis.eu).",
            'host_not_allowed',
          ),
        );
    }
    if (input.clientSecret)
      sealedSecret = deps.secretBox.encrypt(input.clientSecret, customSecretContext(tenantId));
    else if (existing?.configKind === 'custom' && existing.clientSecretSealed)
      sealedSecret = existing.clientSecretSealed;
    else issues.push(issue('clientSecret', "Enter the Client Secret from Zoho's API console.", 'required'));
  }
  if (issues.length > 0 || !dataCenter)
    throw new AppError('VALIDATION_FAILED', 'The configuration is not valid.', issues);
  return {
    kind: input.kind,
    dataCenterId: dataCenter.id,
    clientId: input.kind === 'custom' ? input.clientId : null,
    sealedSecret,
    accountsUrl,
    apiUrl,
    defaultAccountsUrl: dataCenter.accountsUrl,
    defaultApiUrl: dataCenter.apiUrl,
    secretChanged: input.kind === 'custom' && Boolean(input.clientSecret),
  };
}

/** Writes a checked configuration and its audit entry, inside the caller's transaction. */
export async function writeConnectionConfig(
  db: Queryable,
  tenantId: string,
  actor: AuditActor,
  config: CheckedConfig,
): Promise<void> {
  const { kind, dataCenterId, clientId, sealedSecret, accountsUrl, apiUrl } = config;
  await db.query(
    `insert into zoho_connections (tenant_id, config_kind, data_center_id, client_id, client_secret_sealed,
       accounts_url, api_url, config_updated_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (tenant_id) do update set config_kind = excluded.config_kind,
       data_center_id = excluded.data_center_id, client_id = excluded.client_id,
       client_secret_sealed = excluded.client_secret_sealed, accounts_url = excluded.accounts_url,
       api_url = excluded.api_url, config_updated_at = now(), config_updated_by = excluded.config_updated_by`,
    [tenantId, kind, dataCenterId, clientId, sealedSecret, accountsUrl, apiUrl, actor.email],
  );
  await recordAudit(db, {
    tenantId,
    actor,
    action: 'zoho.config.saved',
    details: {
      kind,
      dataCenterId,
      ...(clientId ? { clientId } : {}),
      clientSecret: config.secretChanged ? 'changed' : undefined,
      ...(normalizeUrl(accountsUrl) !== normalizeUrl(config.defaultAccountsUrl) ? { accountsUrl } : {}),
      ...(normalizeUrl(apiUrl) !== normalizeUrl(config.defaultApiUrl) ? { apiUrl } : {}),
    },
  });
}
