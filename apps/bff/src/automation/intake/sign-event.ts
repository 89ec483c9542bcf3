import { createHmac } from 'node:crypto';
import { SIGNATURE_SCHEME } from '@cxc/shared/api/events';

/**
 * `v1=<hex HMAC-SHA256 of "${timestamp}." followed by the body's bytes>`: what the platform sends in
 * X-CXC-Signature. The MAC covers the bytes exactly as they arrived, never text decoded from them: a
 * decoder maps every invalid byte sequence to U+FFFD, so two different bodies would share one signature.
 */
export function signEvent(secret: string, timestamp: string, rawBody: Uint8Array | string): string {
  const body = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
  const mac = createHmac('sha256', secret).update(`${timestamp}.`, 'utf8').update(body).digest('hex');
  return `${SIGNATURE_SCHEME}=${mac}`;
}
