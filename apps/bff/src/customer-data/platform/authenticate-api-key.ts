import type { Queryable } from '../../db/queryable.ts';
import { AppError } from '../../errors/app-error.ts';
import { hashApiKey } from './api-key-store.ts';

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/;

/**
 * The tenant a platform request acts for, from `Authorization: Bearer <key>`. One message for every
 * refusal (missing, malformed, unknown, revoked), so a caller learns nothing about which keys exist; the
 * key itself is never echoed or logged. `last_used_at` is written at most once a minute per key, so a
 * busy platform does not turn every read into a write.
 */
export async function authenticateApiKey(db: Queryable, authorization: string | undefined): Promise<string> {
  const match = BEARER.exec(authorization ?? '');
  if (match?.[1]) {
    const { rows } = await db.query<{ id: string; tenant_id: string; stale: boolean }>(
      `select id, tenant_id, last_used_at is null or last_used_at < now() - interval '1 minute' as stale
         from customer_api_keys where key_hash = $1 and revoked_at is null`,
      [hashApiKey(match[1])],
    );
    const row = rows[0];
    if (row) {
      if (row.stale)
        await db.query('update customer_api_keys set last_used_at = now() where id = $1', [row.id]);
      return row.tenant_id;
    }
  }
  throw new AppError('UNAUTHENTICATED', 'Send a valid, unrevoked API key as "Authorization: Bearer <key>".');
}
