import { signIn, type SignedInClient } from './sign-in.ts';
import { startTestStack, type TestStack } from './start-test-stack.ts';
import { simRequests } from './zoho-sim-control.ts';

export interface StackWithAdmins {
  stack: TestStack;
  /** admin@acme.example, signed in, not yet connected to Zoho. */
  acme: SignedInClient;
  /** admin@globex.example, signed in, not yet connected to Zoho. */
  globex: SignedInClient;
}

/** The stack with its embedded simulator and both demo tenants' admins signed in: where connect tests start. */
export async function startStackWithAdmins(): Promise<StackWithAdmins> {
  const stack = await startTestStack({ zohoSim: true });
  const acme = await signIn(stack, 'admin@acme.example');
  const globex = await signIn(stack, 'admin@globex.example');
  return { stack, acme, globex };
}

/** The code exchanges (`grant_type=authorization_code`) the simulator saw since the cursor `since`. */
export async function tokenCallsSince(stack: TestStack, since: string) {
  return (await simRequests(stack, { since, grant_type: 'authorization_code' })).requests;
}
