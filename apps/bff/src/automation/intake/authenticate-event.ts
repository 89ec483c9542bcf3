import { timingSafeEqual } from 'node:crypto';
import { SIGNATURE_SCHEME, SIGNATURE_TOLERANCE_SECONDS } from '@cxc/shared/api/events';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { signEvent } from './sign-event.ts';
import { selectValidSecrets, signingSecretContext } from './signing-secret-store.ts';

export interface SignedRequest {
  tenantId: string | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
  /** The body's bytes as received; a string only for bodies we build ourselves (the test conversation). */
  rawBody: Uint8Array | string;
}

/** Every refusal reads the same, so a caller cannot tell an unknown tenant from a wrong secret. */
const refused = () => new AppError('UNAUTHENTICATED', 'The event signature could not be verified.');

function sameBytes(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Checks the tenant header, the timestamp (±SIGNATURE_TOLERANCE_SECONDS, against replays) and the HMAC
 * against the current secret and any still in its overlap, in constant time. Returns the tenant id.
 * Several `v1=` values may be sent comma-separated (a platform mid-rotation signs with both).
 */
export async function authenticateEvent(
  deps: Pick<AppDeps, 'pool' | 'secretBox'>,
  request: SignedRequest,
  now: Date = new Date(),
): Promise<string> {
  const { tenantId, timestamp, signature, rawBody } = request;
  if (!tenantId || !timestamp || !signature || tenantId.length > 100) throw refused();
  if (!/^\d{1,12}$/.test(timestamp)) throw refused();
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) throw refused();
  const offered = signature
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${SIGNATURE_SCHEME}=`));
  const secrets = await selectValidSecrets(deps.pool, tenantId);
  let ok = false;
  for (const stored of secrets) {
    const expected = signEvent(
      deps.secretBox.decrypt(stored.sealed, signingSecretContext(tenantId)),
      timestamp,
      rawBody,
    );
    // No early exit: every candidate is compared, so timing says nothing about which one matched.
    for (const candidate of offered) ok = sameBytes(candidate, expected) || ok;
  }
  if (!ok) throw refused();
  return tenantId;
}
