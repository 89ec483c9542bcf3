import type { SigningSecretStatus } from '@cxc/shared/api/events';
import type { Queryable } from '../../db/queryable.ts';
import { selectValidSecrets } from './signing-secret-store.ts';

export async function getSigningSecretStatus(db: Queryable, tenantId: string): Promise<SigningSecretStatus> {
  const secrets = await selectValidSecrets(db, tenantId);
  const current = secrets.find((secret) => secret.expiresAt === null);
  const previous = secrets.find((secret) => secret.expiresAt !== null);
  return {
    configured: Boolean(current),
    createdAt: current?.createdAt.toISOString() ?? null,
    previousValidUntil: previous?.expiresAt?.toISOString() ?? null,
  };
}
