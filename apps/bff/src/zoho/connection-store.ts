import {
  connectionWarningSchema,
  zohoOrgSummarySchema,
  zohoUserSummarySchema,
  type ConnectionStatus,
  type ZohoOrgSummary,
} from '@cxc/shared/api/zoho-connection';
import { z } from 'zod';
import type { Queryable } from '../db/queryable.ts';

export type ZohoUserSummary = z.infer<typeof zohoUserSummarySchema>;
export type ConnectionWarning = z.infer<typeof connectionWarningSchema>;

/** A tenant's zoho_connections row, with its JSON columns parsed. The custom client secret stays sealed. */
export interface ConnectionRecord {
  id: string;
  tenantId: string;
  configKind: 'system' | 'custom';
  dataCenterId: string;
  clientId: string | null;
  clientSecretSealed: string | null;
  accountsUrl: string;
  apiUrl: string;
  status: ConnectionStatus;
  availableOrgs: ZohoOrgSummary[];
  org: ZohoOrgSummary | null;
  zohoUser: ZohoUserSummary | null;
  warnings: ConnectionWarning[];
  connectedAt: Date | null;
  connectedBy: string | null;
  /** The saved custom client came from a Self Client code (no browser sign-in possible with it). */
  selfClient: boolean;
  /**
   * When the shared Zoho metadata entry (any process's refresh) was fetched, read with the connection:
   * each process compares its parsed copy against it without a query of its own.
   */
  metadataFetchedAt: Date | null;
}

interface ConnectionRow {
  id: string;
  tenant_id: string;
  config_kind: 'system' | 'custom';
  data_center_id: string;
  client_id: string | null;
  client_secret_sealed: string | null;
  accounts_url: string;
  api_url: string;
  status: ConnectionStatus;
  available_orgs: unknown;
  org: unknown;
  zoho_user: unknown;
  warnings: unknown;
  connected_at: Date | null;
  connected_by: string | null;
  self_client: boolean;
}

/** The custom client secret's sealing context: bound to the tenant. */
export const customSecretContext = (tenantId: string) => `zoho-custom-client:${tenantId}`;

export async function readConnection(db: Queryable, tenantId: string): Promise<ConnectionRecord | undefined> {
  const { rows } = await db.query<ConnectionRow & { metadata_fetched_at: Date | null }>(
    `select c.*, (select m.fetched_at from zoho_metadata_cache m where m.tenant_id = c.tenant_id)
              as metadata_fetched_at
       from zoho_connections c where c.tenant_id = $1`,
    [tenantId],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    id: row.id,
    tenantId: row.tenant_id,
    configKind: row.config_kind,
    dataCenterId: row.data_center_id,
    clientId: row.client_id,
    clientSecretSealed: row.client_secret_sealed,
    accountsUrl: row.accounts_url,
    apiUrl: row.api_url,
    status: row.status,
    availableOrgs: z.array(zohoOrgSummarySchema).catch([]).parse(row.available_orgs),
    org: zohoOrgSummarySchema.nullable().catch(null).parse(row.org),
    zohoUser: zohoUserSummarySchema.nullable().catch(null).parse(row.zoho_user),
    warnings: z.array(connectionWarningSchema).catch([]).parse(row.warnings),
    connectedAt: row.connected_at,
    connectedBy: row.connected_by,
    selfClient: row.self_client,
    metadataFetchedAt: row.metadata_fetched_at,
  };
}

/**
 * Moves a usable connection to needs_reconnect; true when this call changed it (so exactly one audit
 * entry is written even when several processes see Zoho refuse the refresh token).
 */
export async function markNeedsReconnect(db: Queryable, tenantId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `update zoho_connections set status = 'needs_reconnect'
      where tenant_id = $1 and status in ('connected', 'choose_org')`,
    [tenantId],
  );
  return (rowCount ?? 0) > 0;
}
