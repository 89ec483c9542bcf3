import type { SystemClient } from '@cxc/shared/api/system';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../../test/start-test-stack.ts';
import {
  api,
  authorizeAgain,
  connectBySelfClient,
  getConnection,
  visitCallback,
} from '../../../test/zoho-flow.ts';
import { registerSimClient } from '../../../test/zoho-sim-control.ts';

// Issue 15: the card tells what is live from what is merely saved, and explains each finished attempt;
// the system admin sees per data center whether the platform's client ever completed a connection.

let stack: TestStack;
let acme: SignedInClient;
let sysadmin: SignedInClient;

beforeAll(async () => {
  stack = await startTestStack({ zohoSim: true });
  acme = await signIn(stack, 'admin@acme.example');
  sysadmin = await signIn(stack, 'sysadmin@cx.example');
});
afterAll(async () => {
  await stack.stop();
});

const systemClient = async (dataCenterId: string) => {
  const listed = await api<{ clients: SystemClient[] }>(sysadmin, 'GET', '/api/system/zoho/clients');
  return listed.body.clients.find((entry) => entry.dataCenter.id === dataCenterId);
};

const saveSystemClient = (dataCenterId: string, client: { clientId: string; clientSecret: string }) =>
  api<SystemClient>(
    sysadmin,
    'PUT',
    '/api/system/zoho/clients/:dataCenterId',
    { dataCenterId },
    { ...client, enabled: true },
  );

it('a system client nobody used says so; a refusal and a success through it are told apart', async () => {
  const client = await registerSimClient(stack, { dc: 'us', multiDc: true });
  const saved = await saveSystemClient('sim-us', client);
  expect(saved.body.usage).toEqual({ lastConnectedAt: null, lastFailedAt: null, lastFailure: null });
  // A made-up client for another DC: nothing ever completed with it.
  await saveSystemClient('sim-eu', { clientId: '1000.MADEUP', clientSecret: 'made-up-secret' });
  expect((await systemClient('sim-eu'))?.usage).toEqual({
    lastConnectedAt: null,
    lastFailedAt: null,
    lastFailure: null,
  });

  await api(
    acme,
    'PUT',
    '/api/tenants/:tenantId/zoho/config',
    { tenantId: 'acme' },
    {
      kind: 'system',
      dataCenterId: 'sim-us',
    },
  );
  const denied = await authorizeAgain(stack, acme, { email: 'zoho-admin@acme.example', decision: 'deny' });
  expect((await visitCallback(acme, denied.callbackUrl)).message.error?.code).toBe('access_denied');
  let connection = await getConnection(acme, 'acme');
  expect(connection.live).toBeNull();
  expect(connection.attempts).toEqual([
    expect.objectContaining({
      clientKind: 'system',
      outcome: 'failed',
      dataCenter: expect.objectContaining({ id: 'sim-us' }) as unknown,
      error: expect.objectContaining({ code: 'access_denied' }) as unknown,
    }),
  ]);
  const afterRefusal = (await systemClient('sim-us'))?.usage;
  expect(afterRefusal?.lastConnectedAt).toBeNull();
  expect(afterRefusal?.lastFailure?.code).toBe('access_denied');

  const accepted = await authorizeAgain(stack, acme, { email: 'zoho-admin@acme.example' });
  expect((await visitCallback(acme, accepted.callbackUrl)).message.outcome).toBe('choose_org');
  await api(acme, 'POST', '/api/tenants/:tenantId/zoho/org', { tenantId: 'acme' }, { orgId: ACME_ORG_ID });
  connection = await getConnection(acme, 'acme');
  expect(connection.live).toMatchObject({
    clientKind: 'system',
    dataCenter: { id: 'sim-us', dc: 'us' },
  });
  expect(connection.attempts.map((attempt) => attempt.outcome)).toEqual(['connected', 'failed']);
  const used = (await systemClient('sim-us'))?.usage;
  expect(used?.lastConnectedAt).toBeTruthy();
  expect(used?.lastFailedAt).toBeTruthy();
  // Replacing the system client starts its history afresh: the new client has not been used yet.
  await saveSystemClient('sim-us', await registerSimClient(stack, { dc: 'us', multiDc: true }));
  expect((await systemClient('sim-us'))?.usage.lastConnectedAt).toBeNull();
});

it('after a Self Client the live client is the Self Client and the saved one is marked as such', async () => {
  const connection = await connectBySelfClient(stack, acme, {
    userEmail: 'zoho-admin@acme.example',
    dataCenterId: 'sim-us',
  });
  expect(connection.status).toBe('connected');
  expect(connection.live).toMatchObject({ clientKind: 'self_client', dataCenter: { id: 'sim-us' } });
  expect(connection.config).toMatchObject({ kind: 'custom', selfClient: true });
  expect(connection.attempts[0]).toMatchObject({ clientKind: 'self_client', outcome: 'connected' });

  // A wrong Self Client code is explained as what it was, and the live connection stays the same.
  const wrong = await api(
    acme,
    'POST',
    '/api/tenants/:tenantId/zoho/self-client',
    { tenantId: 'acme' },
    {
      dataCenterId: 'sim-us',
      clientId: connection.config?.clientId,
      clientSecret: 'not-the-secret',
      code: '1000.not-a-real-grant-code',
    },
  );
  expect(wrong.status).toBe(400);
  const after = await getConnection(acme, 'acme');
  expect(after.live).toMatchObject({ clientKind: 'self_client', since: connection.live?.since });
  expect(after.attempts[0]).toMatchObject({ clientKind: 'self_client', outcome: 'failed' });
  expect(after.attempts[0]?.error?.code).toMatch(/^invalid_/);

  // Saving a regular custom configuration is no longer a Self Client; the live connection is unchanged.
  const custom = await registerSimClient(stack, { dc: 'us' });
  await api(
    acme,
    'PUT',
    '/api/tenants/:tenantId/zoho/config',
    { tenantId: 'acme' },
    {
      kind: 'custom',
      dataCenterId: 'sim-us',
      ...custom,
    },
  );
  const saved = await getConnection(acme, 'acme');
  expect(saved.config).toMatchObject({ kind: 'custom', selfClient: false, clientId: custom.clientId });
  expect(saved.live?.clientKind).toBe('self_client');
});
