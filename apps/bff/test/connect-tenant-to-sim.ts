import { redeemSelfClientCode, ZOHO_SCOPES } from '@cxc/shared/api/zoho-connection';
import type { RunningZohoSim } from '@cxc/zoho-sim';
import { call, ok } from './settings-api.ts';
import type { SignedInClient } from './sign-in.ts';
import type { TestStack } from './start-test-stack.ts';

/**
 * Connects the admin's tenant to a simulator org through the product's own Self Client flow: the
 * simulator issues a client and a grant code for a Zoho user (as Zoho's API console does), the BFF
 * redeems it. The client secret is registered with the leak recorder.
 */
export async function connectTenantToSim(
  stack: TestStack,
  sim: RunningZohoSim,
  admin: SignedInClient,
  zoho: { userEmail: string; dataCenterId: string; orgId?: string; scopes?: readonly string[] },
): Promise<void> {
  const response = await fetch(`${sim.baseUrl}/__sim/self-client`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      user_email: zoho.userEmail,
      scope: zoho.scopes ?? ZOHO_SCOPES,
      ...(zoho.orgId ? { org_id: zoho.orgId } : {}),
    }),
  });
  if (response.status !== 201) throw new Error(`simulator self-client: ${response.status}`);
  const grant = (await response.json()) as { client_id: string; client_secret: string; code: string };
  stack.recorder.addSecret({ label: 'Zoho self client secret', value: grant.client_secret });
  stack.recorder.addSecret({ label: 'Zoho grant code', value: grant.code, logsOnly: true });
  const tenantId = admin.user.tenant?.id;
  if (!tenantId) throw new Error('connectTenantToSim needs a tenant administrator');
  const connection = ok(
    await call(
      admin,
      redeemSelfClientCode,
      { tenantId },
      {
        body: {
          dataCenterId: zoho.dataCenterId,
          clientId: grant.client_id,
          clientSecret: grant.client_secret,
          code: grant.code,
        },
      },
    ),
  );
  if (connection.status !== 'connected') throw new Error(`connection is ${connection.status}`);
}
