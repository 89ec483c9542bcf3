import { createHash, randomBytes } from 'node:crypto';
import { type CustomerApiKey, MAX_API_KEYS_PER_TENANT } from '@cxc/shared/api/customer-api';
import { type AuditActor, recordAudit } from '../../audit/record-audit.ts';
import { inTransaction, type Queryable } from '../../db/queryable.ts';
import type { Pool } from 'pg';
import { AppError } from '../../errors/app-error.ts';

/** `cxk_` marks our keys in logs and secret scanners; 32 random bytes make guessing pointless. */
const KEY_MARK = 'cxk_';
const PREFIX_LENGTH = KEY_MARK.length + 8;

/** SHA-256 is enough for a key of 256 random bits (no dictionary to slow down): only the hash is stored. */
export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

interface KeyRow {
  id: string;
  name: string;
  key_prefix: string;
  created_at: Date;
  created_by: string;
  last_used_at: Date | null;
  revoked_at: Date | null;
}
const COLUMNS = 'id, name, key_prefix, created_at, created_by, last_used_at, revoked_at';

const toKey = (row: KeyRow): CustomerApiKey => ({
  id: row.id,
  name: row.name,
  prefix: row.key_prefix,
  createdAt: row.created_at.toISOString(),
  createdBy: row.created_by,
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

export async function listApiKeys(db: Queryable, tenantId: string): Promise<CustomerApiKey[]> {
  const { rows } = await db.query<KeyRow>(
    `select ${COLUMNS} from customer_api_keys where tenant_id = $1 order by created_at desc, id`,
    [tenantId],
  );
  return rows.map(toKey);
}

/** A new key for the tenant; the whole key is returned here once and never stored. */
export async function createApiKey(
  pool: Pool,
  tenantId: string,
  name: string,
  actor: AuditActor,
): Promise<{ key: CustomerApiKey; secret: string }> {
  const secret = `${KEY_MARK}${randomBytes(32).toString('base64url')}`;
  return inTransaction(pool, async (db) => {
    // Serialises two creations of one tenant, so the cap below holds under double clicks.
    await db.query('select id from tenants where id = $1 for update', [tenantId]);
    const { rows: count } = await db.query<{ n: number }>(
      'select count(*)::int as n from customer_api_keys where tenant_id = $1 and revoked_at is null',
      [tenantId],
    );
    if ((count[0]?.n ?? 0) >= MAX_API_KEYS_PER_TENANT)
      throw new AppError('CONFLICT', `At most ${MAX_API_KEYS_PER_TENANT} active keys: revoke one first.`);
    const { rows } = await db.query<KeyRow>(
      `insert into customer_api_keys (tenant_id, name, key_hash, key_prefix, created_by)
       values ($1, $2, $3, $4, $5) returning ${COLUMNS}`,
      [tenantId, name, hashApiKey(secret), secret.slice(0, PREFIX_LENGTH), actor.email],
    );
    const key = toKey(rows[0]!);
    await recordAudit(db, {
      tenantId,
      actor,
      action: 'customer_data.api_key_created',
      details: { name, prefix: key.prefix },
    });
    return { key, secret };
  });
}

/** Revokes at once: the next request with the key is refused (authentication reads the row every time). */
export async function revokeApiKey(
  pool: Pool,
  tenantId: string,
  keyId: string,
  actor: AuditActor,
): Promise<CustomerApiKey> {
  return inTransaction(pool, async (db) => {
    const { rows } = await db.query<KeyRow>(
      `update customer_api_keys set revoked_at = coalesce(revoked_at, now())
        where tenant_id = $1 and id = $2 returning ${COLUMNS}`,
      [tenantId, keyId],
    );
    const row = rows[0];
    if (!row) throw new AppError('NOT_FOUND', 'No such API key.');
    await recordAudit(db, {
      tenantId,
      actor,
      action: 'customer_data.api_key_revoked',
      details: { name: row.name, prefix: row.key_prefix },
    });
    return toKey(row);
  });
}
