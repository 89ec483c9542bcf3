import type { SystemClient } from '@cxc/shared/api/system';
import { inTransaction } from '../../db/queryable.ts';
import { AppError } from '../../errors/app-error.ts';
import { loadDataCenters } from '../../zoho/data-centers.ts';
import type { ZohoDeps } from '../../app-deps.ts';
import { recordAudit, type AuditActor } from '../../audit/record-audit.ts';
import { systemClientUsage, usageKey } from '../zoho-connection/connect-attempts.ts';
import { systemSecretContext, type SystemClientRow } from './system-clients.ts';

export interface SaveSystemClientInput {
  dataCenterId: string;
  clientId: string;
  clientSecret?: string | undefined;
  enabled: boolean;
}

/** Saves the platform's client for one DC. The secret is write-only: sealed, bound to the DC, never returned. */
export async function saveSystemClient(
  deps: Pick<ZohoDeps, 'pool' | 'config' | 'secretBox'>,
  actor: AuditActor,
  input: SaveSystemClientInput,
): Promise<SystemClient> {
  const dataCenter = (await loadDataCenters(deps.config.zoho.simUrl)).find(input.dataCenterId);
  if (!dataCenter) throw new AppError('NOT_FOUND', 'Not found.');
  const sealed = input.clientSecret
    ? deps.secretBox.encrypt(input.clientSecret, systemSecretContext(dataCenter.id))
    : undefined;
  const row = await inTransaction(deps.pool, async (client) => {
    // Two statements, not one upsert with coalesce: PostgreSQL checks NOT NULL on the proposed row before
    // ON CONFLICT, so an upsert without a secret failed (500) even when a secret was stored.
    const { rows } = sealed
      ? await client.query<SystemClientRow>(
          `insert into zoho_system_clients (data_center_id, client_id, client_secret_sealed, enabled, updated_by)
           values ($1, $2, $3, $4, $5)
           on conflict (data_center_id) do update set client_id = excluded.client_id,
             client_secret_sealed = excluded.client_secret_sealed, enabled = excluded.enabled,
             updated_at = now(), updated_by = excluded.updated_by
           returning *`,
          [dataCenter.id, input.clientId, sealed, input.enabled, actor.email],
        )
      : // "Omit to keep": only an existing client keeps its secret; a new one has none to keep.
        await client.query<SystemClientRow>(
          `update zoho_system_clients set client_id = $2, enabled = $3, updated_at = now(), updated_by = $4
           where data_center_id = $1 returning *`,
          [dataCenter.id, input.clientId, input.enabled, actor.email],
        );
    const saved = rows[0];
    if (!saved) {
      throw new AppError('VALIDATION_FAILED', 'The request is not valid.', [
        {
          path: ['clientSecret'],
          message: 'A client secret is required for a new client.',
          code: 'required',
        },
      ]);
    }
    await recordAudit(client, {
      tenantId: null,
      actor,
      action: 'zoho.system_client.saved',
      details: {
        dataCenterId: dataCenter.id,
        clientId: input.clientId,
        enabled: input.enabled,
        clientSecret: input.clientSecret ? 'changed' : undefined,
      },
    });
    return saved;
  });
  return {
    dataCenter,
    clientId: row.client_id,
    secretSet: true,
    enabled: row.enabled,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
    usage: (await systemClientUsage(deps.pool)).get(usageKey(dataCenter.id, row.client_id)) ?? {
      lastConnectedAt: null,
      lastFailedAt: null,
      lastFailure: null,
    },
  };
}
