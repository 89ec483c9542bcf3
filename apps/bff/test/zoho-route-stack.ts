import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { signIn, type SignedInClient } from './sign-in.ts';
import { startTestStack, type TestStack } from './start-test-stack.ts';
import { api, authorizeCustom, visitCallback } from './zoho-flow.ts';
import { registerSimClient, simRequests } from './zoho-sim-control.ts';

export interface ZohoRouteStack {
  stack: TestStack;
  /** admin@acme.example, not connected yet. */
  acme: SignedInClient;
  /** admin@globex.example, not connected yet. */
  globex: SignedInClient;
  /** sysadmin@cx.example (the platform's Zoho clients). */
  sysadmin: SignedInClient;
}

/** The Zoho route tests' start: a BFF with its own simulator, nobody connected, the admins signed in. */
export async function startZohoRouteStack(): Promise<ZohoRouteStack> {
  const stack = await startTestStack({ zohoSim: true });
  const acme = await signIn(stack, 'admin@acme.example');
  const globex = await signIn(stack, 'admin@globex.example');
  const sysadmin = await signIn(stack, 'sysadmin@cx.example');
  return { stack, acme, globex, sysadmin };
}

/** The authorization codes redeemed at the simulator since `since` (a `simCursor`). */
export async function tokenCallsSince(stack: TestStack, since: string) {
  return (await simRequests(stack, { since, grant_type: 'authorization_code' })).requests;
}

/** Connects Acme by consent with a custom US client and chooses its org: a connected tenant. */
export async function connectAcmeByConsent(stack: TestStack, acme: SignedInClient): Promise<void> {
  const { callbackUrl } = await authorizeCustom(stack, acme, {
    dataCenterId: 'sim-us',
    ...(await registerSimClient(stack, { dc: 'us', multiDc: true })),
    email: 'zoho-admin@acme.example',
  });
  await visitCallback(acme, callbackUrl);
  await api(acme, 'POST', '/api/tenants/:tenantId/zoho/org', { tenantId: 'acme' }, { orgId: ACME_ORG_ID });
}
