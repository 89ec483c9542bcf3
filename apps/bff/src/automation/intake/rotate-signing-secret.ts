import { randomBytes } from 'node:crypto';
import { SECRET_OVERLAP_HOURS, type SigningSecretStatus } from '@cxc/shared/api/events';
import type { AppDeps } from '../../app-deps.ts';
import { inTransaction } from '../../db/queryable.ts';
import { getSigningSecretStatus } from './get-signing-secret-status.ts';
import { signingSecretContext } from './signing-secret-store.ts';

/**
 * Creates or rotates the tenant's signing secret and returns it: the only time it leaves the BFF.
 * The previous current secret gets SECRET_OVERLAP_HOURS; any older one still overlapping ends now, so
 * at most two secrets are ever valid. The row lock serialises two admins rotating at once.
 */
export async function rotateSigningSecret(
  deps: Pick<AppDeps, 'pool' | 'secretBox'>,
  tenantId: string,
): Promise<SigningSecretStatus & { secret: string }> {
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  return inTransaction(deps.pool, async (db) => {
    await db.query('select id from tenants where id = $1 for update', [tenantId]);
    await db.query(
      `update event_signing_secrets set expires_at = now()
        where tenant_id = $1 and expires_at is not null and expires_at > now()`,
      [tenantId],
    );
    await db.query(
      `update event_signing_secrets set expires_at = now() + make_interval(hours => $2)
        where tenant_id = $1 and expires_at is null`,
      [tenantId, SECRET_OVERLAP_HOURS],
    );
    await db.query('insert into event_signing_secrets (tenant_id, secret_sealed) values ($1, $2)', [
      tenantId,
      deps.secretBox.encrypt(secret, signingSecretContext(tenantId)),
    ]);
    return { ...(await getSigningSecretStatus(db, tenantId)), secret };
  });
}
