import type { Queryable } from '../../db/queryable.ts';

/** Bound as AAD: a sealed secret copied to another tenant's row does not open. */
export const signingSecretContext = (tenantId: string) => `event-signing-secret:${tenantId}`;

export interface StoredSigningSecret {
  sealed: string;
  createdAt: Date;
  /** null: the current secret; otherwise a rotated-out one still accepted until then. */
  expiresAt: Date | null;
}

/** The current secret and those still in their overlap, current first. */
export async function selectValidSecrets(db: Queryable, tenantId: string): Promise<StoredSigningSecret[]> {
  const { rows } = await db.query<{ secret_sealed: string; created_at: Date; expires_at: Date | null }>(
    `select secret_sealed, created_at, expires_at from event_signing_secrets
      where tenant_id = $1 and (expires_at is null or expires_at > now())
      order by expires_at desc nulls first`,
    [tenantId],
  );
  return rows.map((row) => ({
    sealed: row.secret_sealed,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  }));
}
