import { createHmac } from 'node:crypto';
import { SIGNATURE_SCHEME, signedPayload } from '@cxc/shared/api/events';

/** `v1=<hex HMAC-SHA256 of "${timestamp}.${rawBody}">`: what the platform sends in X-CXC-Signature. */
export function signEvent(secret: string, timestamp: string, rawBody: string): string {
  const mac = createHmac('sha256', secret).update(signedPayload(timestamp, rawBody), 'utf8').digest('hex');
  return `${SIGNATURE_SCHEME}=${mac}`;
}
