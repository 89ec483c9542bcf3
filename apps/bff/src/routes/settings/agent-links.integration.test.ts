import { listAgentLinks, saveSettings } from '@cxc/shared/api/settings';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call, ok } from '../../../test/settings-api.ts';
import { signIn } from '../../../test/sign-in.ts';
import { type ConnectedStack, startConnectedStack } from '../../../test/start-connected-stack.ts';

const ZOHO = {
  acmeAdmin: '4150868000000225001',
  alice: '4150868000000225002',
  dan: '4150868000000225003',
  carol: '2034500000000114002',
};

let env: ConnectedStack;

beforeAll(async () => {
  env = await startConnectedStack();
  for (const email of ['alice@acme.example', 'bob@acme.example', 'carol@globex.example'])
    await signIn(env.stack, email);
});
afterAll(() => env.stop());

const agents = async (tenantId = 'acme', client = env.acmeAdmin) =>
  ok(await call(client, listAgentLinks, { tenantId })).agents;

it('lists the agents seen at sign-in, matched to Zoho users by e-mail', async () => {
  expect(await agents()).toEqual([
    { email: 'alice@acme.example', name: 'Alice Agent', zohoUserId: ZOHO.alice, source: 'auto' },
    { email: 'bob@acme.example', name: 'Bob Agent', zohoUserId: null, source: 'none' },
  ]);
  expect(await agents('globex', env.globexAdmin)).toEqual([
    { email: 'carol@globex.example', name: 'Carol Agent', zohoUserId: ZOHO.carol, source: 'auto' },
  ]);
});

it('puts the administrator’s manual links first, and lists linked agents who never signed in', async () => {
  const settings = defaultSettings();
  settings.owners.userLinks = [
    { agentEmail: 'Bob@Acme.example', zohoUserId: ZOHO.dan, source: 'manual' },
    { agentEmail: 'alice@acme.example', zohoUserId: ZOHO.acmeAdmin, source: 'manual' },
    { agentEmail: 'eve@acme.example', zohoUserId: ZOHO.acmeAdmin, source: 'auto' },
  ];
  ok(
    await call(env.acmeAdmin, saveSettings, { tenantId: 'acme' }, { body: { settings, baseVersion: null } }),
  );
  expect(await agents()).toEqual([
    { email: 'alice@acme.example', name: 'Alice Agent', zohoUserId: ZOHO.acmeAdmin, source: 'manual' },
    { email: 'bob@acme.example', name: 'Bob Agent', zohoUserId: ZOHO.dan, source: 'manual' },
    { email: 'eve@acme.example', name: null, zohoUserId: ZOHO.acmeAdmin, source: 'auto' },
  ]);
});

it('remembers agents after they sign out', async () => {
  await env.stack.pool.query("delete from sessions where role = 'agent'");
  expect((await agents()).map((a) => a.email)).toContain('bob@acme.example');
});
