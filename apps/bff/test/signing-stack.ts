import { rotateSigningSecret } from '@cxc/shared/api/events';
import { signEvent } from '../src/automation/intake/sign-event.ts';
import { call, ok } from './settings-api.ts';
import { signIn } from './sign-in.ts';
import { startTestStack, type TestStack } from './start-test-stack.ts';

export interface SigningStack {
  stack: TestStack;
  /** Acme's event signing secret (registered with the leak recorder: it may appear in no log line). */
  secret: string;
  /** POSTs the body to /api/events for Acme, signed over its bytes unless a signature is given. */
  post(body: Buffer, signature?: string): Promise<Response>;
}

/** A test stack with Acme's signing secret created, for the event intake's tests. */
export async function startSigningStack(): Promise<SigningStack> {
  const stack = await startTestStack();
  const admin = await signIn(stack, 'admin@acme.example');
  const secret = ok(await call(admin, rotateSigningSecret, { tenantId: 'acme' })).secret;
  stack.recorder.addSecret({ label: 'signing secret', value: secret, logsOnly: true });
  return {
    stack,
    secret,
    post(body, signature) {
      const timestamp = String(Math.floor(Date.now() / 1000));
      return stack.fetch('/api/events', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-cxc-tenant': 'acme',
          'x-cxc-timestamp': timestamp,
          'x-cxc-signature': signature ?? signEvent(secret, timestamp, body),
        },
        body,
      });
    },
  };
}
