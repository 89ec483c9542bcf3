import type { ClientKind, ConnectAttempt, ZohoConnectError } from '@cxc/shared/api/zoho-connection';
import type { SystemClientUsage } from '@cxc/shared/api/system';
import { zohoConnectErrorCodeSchema } from '@cxc/shared/api/zoho-connection';
import { z } from 'zod';
import type { Queryable } from '../../db/queryable.ts';
import type { DataCenters } from '../../zoho/data-centers.ts';
import { connectError } from './connect-errors.ts';

/** Attempts kept per tenant: enough to explain the last few tries on the card, never an unbounded log. */
const KEPT_PER_TENANT = 50;
const SHOWN_ON_CARD = 5;

export interface AttemptRecord {
  tenantId: string;
  clientKind: ClientKind;
  dataCenterId: string;
  clientId: string;
  error: ZohoConnectError | null;
}

/** Notes a finished attempt; never fails the attempt itself (the outcome matters more than its record). */
export async function recordConnectAttempt(db: Queryable, attempt: AttemptRecord): Promise<void> {
  await db.query(
    `insert into zoho_connect_attempts (tenant_id, client_kind, data_center_id, client_id, outcome, error_code,
       error_params)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      attempt.tenantId,
      attempt.clientKind,
      attempt.dataCenterId,
      attempt.clientId,
      attempt.error ? 'failed' : 'connected',
      attempt.error?.code ?? null,
      JSON.stringify(attempt.error?.params ?? {}),
    ],
  );
  await db.query(
    `delete from zoho_connect_attempts where tenant_id = $1 and id not in (
       select id from zoho_connect_attempts where tenant_id = $1 order by at desc, id desc limit $2)`,
    [attempt.tenantId, KEPT_PER_TENANT],
  );
}

const paramsSchema = z.record(z.string(), z.string()).catch({});

/** The explanation is rebuilt from code and params, so it follows today's wording (and never stored text). */
function errorOf(code: string | null, params: unknown): ZohoConnectError | null {
  if (!code) return null;
  const known = zohoConnectErrorCodeSchema.safeParse(code);
  return connectError(known.success ? known.data : 'unknown', paramsSchema.parse(params));
}

interface AttemptRow {
  at: Date;
  client_kind: ClientKind;
  data_center_id: string;
  outcome: 'connected' | 'failed';
  error_code: string | null;
  error_params: unknown;
}

export async function recentConnectAttempts(
  db: Queryable,
  dcs: DataCenters,
  tenantId: string,
): Promise<ConnectAttempt[]> {
  const { rows } = await db.query<AttemptRow>(
    `select at, client_kind, data_center_id, outcome, error_code, error_params from zoho_connect_attempts
     where tenant_id = $1 order by at desc, id desc limit $2`,
    [tenantId, SHOWN_ON_CARD],
  );
  return rows.map((row) => ({
    at: row.at.toISOString(),
    clientKind: row.client_kind,
    dataCenter: dcs.find(row.data_center_id) ?? null,
    outcome: row.outcome,
    error: errorOf(row.error_code, row.error_params),
  }));
}

export const usageKey = (dataCenterId: string, clientId: string) => `${dataCenterId}\u0000${clientId}`;

interface UsageRow {
  data_center_id: string;
  client_id: string;
  last_connected_at: Date | null;
  last_failed_at: Date | null;
  last_error_code: string | null;
  last_error_params: unknown;
}

/** Per data center and system client id: last success, last failure and why, across every tenant. */
export async function systemClientUsage(db: Queryable): Promise<Map<string, SystemClientUsage>> {
  const { rows } = await db.query<UsageRow>(
    `select data_center_id, client_id,
       max(at) filter (where outcome = 'connected') as last_connected_at,
       max(at) filter (where outcome = 'failed') as last_failed_at,
       (array_agg(error_code order by at desc) filter (where outcome = 'failed'))[1] as last_error_code,
       (array_agg(error_params order by at desc) filter (where outcome = 'failed'))[1] as last_error_params
     from zoho_connect_attempts where client_kind = 'system' group by data_center_id, client_id`,
  );
  return new Map(
    rows.map((row) => [
      usageKey(row.data_center_id, row.client_id),
      {
        lastConnectedAt: row.last_connected_at?.toISOString() ?? null,
        lastFailedAt: row.last_failed_at?.toISOString() ?? null,
        lastFailure: errorOf(row.last_error_code, row.last_error_params),
      },
    ]),
  );
}
