import { ACME_ORG_ID } from '@cxc/zoho-sim';
import type { SignedInClient } from './sign-in.ts';
import type { TestStack } from './start-test-stack.ts';
import { api, authorizeCustom, visitCallback } from './zoho-flow.ts';
import { registerSimClient } from './zoho-sim-control.ts';

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
