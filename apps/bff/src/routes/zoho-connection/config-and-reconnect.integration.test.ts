import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInClient } from '../../../test/sign-in.ts';
import { startStackWithAdmins } from '../../../test/sim-stack-admins.ts';
import type { TestStack } from '../../../test/start-test-stack.ts';
import {
  api,
  authorizeCustom,
  connectBySelfClient,
  getConnection,
  visitCallback,
} from '../../../test/zoho-flow.ts';
import { registerSimClient, sim, simSelfClientCode, simUrl } from '../../../test/zoho-sim-control.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { ZohoNeedsReconnectError } from '../../zoho/zoho-errors.ts';

// Configuration validation (allowlisted hosts only) and recovery from a refused refresh token.

let stack: TestStack;
let acme: SignedInClient;
let globex: SignedInClient;

beforeAll(async () => {
  ({ stack, acme, globex } = await startStackWithAdmins());
});
afterAll(() => stack.stop());

describe('the configuration accepts only known hosts', () => {
  const save = (body: Record<string, unknown>) =>
    api<{ error?: { issues: { path: string[]; code: string }[] }; config?: Record<string, unknown> }>(
      acme,
      'PUT',
      '/api/tenants/:tenantId/zoho/config',
      { tenantId: 'acme' },
      body,
    );

  it('refuses other addresses field by field, and accepts official ones', async () => {
    const refused = await save({
      kind: 'custom',
      dataCenterId: 'eu',
      clientId: '1000.X',
      clientSecret: 'custom-secret-123',
      accountsUrl: 'https://accounts.evil.example',
      apiUrl: 'http://www.zohoapis.eu',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.issues.map((entry) => [entry.path[0], entry.code])).toEqual([
      ['accountsUrl', 'host_not_allowed'],
      ['apiUrl', 'host_not_allowed'],
    ]);
    const simulatedHostForOfficialDc = await save({
      kind: 'custom',
      dataCenterId: 'eu',
      clientId: '1000.X',
      clientSecret: 'custom-secret-123',
      apiUrl: `${simUrl(stack)}/eu/api`,
    });
    expect(simulatedHostForOfficialDc.status).toBe(400);
    const accepted = await save({
      kind: 'custom',
      dataCenterId: 'eu',
      clientId: '1000.X',
      clientSecret: 'custom-secret-123',
      accountsUrl: 'https://accounts.zoho.eu/',
      apiUrl: 'https://sandbox.zohoapis.eu',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.config).toMatchObject({
      accountsUrl: 'https://accounts.zoho.eu',
      apiUrl: 'https://sandbox.zohoapis.eu',
      secretSet: true,
    });
    const keptSecret = await save({ kind: 'custom', dataCenterId: 'us', clientId: '1000.Y' });
    expect(keptSecret.status).toBe(200);
  });

  it('offers the system configuration only where the operator enabled it', async () => {
    const refused = await save({ kind: 'system', dataCenterId: 'sim-eu' });
    expect(refused.body.error?.issues).toEqual([
      expect.objectContaining({ path: ['dataCenterId'], code: 'dc_not_configured' }),
    ]);
    const unknown = await save({
      kind: 'custom',
      dataCenterId: 'xx',
      clientId: '1000.Z',
      clientSecret: 'whatever-secret',
    });
    expect(unknown.body.error?.issues).toEqual([
      expect.objectContaining({ path: ['dataCenterId'], code: 'unknown_data_center' }),
    ]);
  });
});

it('moves to needs_reconnect when Zoho refuses the refresh token, and a reconnect recovers', async () => {
  await connectBySelfClient(stack, globex, {
    userEmail: 'zoho-admin@globex.example',
    dataCenterId: 'sim-eu',
  });
  await stack.registerZohoSecrets();
  await sim(stack, 'POST', '/revoke-refresh-tokens', { user_email: 'zoho-admin@globex.example' });

  const test = await api<{ ok: boolean; error: { code: string } }>(
    globex,
    'POST',
    '/api/tenants/:tenantId/zoho/test',
    { tenantId: 'globex' },
    {},
  );
  expect(test.body).toMatchObject({ ok: false, error: { code: 'needs_reconnect' } });
  const card = await getConnection(globex, 'globex');
  expect(card.status).toBe('needs_reconnect');
  expect(card.token?.lastError).toMatchObject({ code: 'access_revoked' });
  expect(card.token?.lastError?.message).toContain('Access was revoked at Zoho');
  expect(card.token?.lastError?.message).toContain('Reconnect');
  expect(card.token?.lastError?.message).not.toContain('code: it expired');
  const { body } = await api<{ integrations: { status: string }[] }>(
    globex,
    'GET',
    '/api/tenants/:tenantId/integrations',
    { tenantId: 'globex' },
  );
  expect(body.integrations[0]?.status).toBe('needs_reconnect');
  await expect(getZohoClient(stack.deps, 'globex')).rejects.toBeInstanceOf(ZohoNeedsReconnectError);
  const audit = await api<{ entries: { action: string; actor: { email: string } }[] }>(
    globex,
    'GET',
    '/api/tenants/:tenantId/audit',
    { tenantId: 'globex' },
  );
  expect(audit.body.entries[0]).toMatchObject({ action: 'zoho.needs_reconnect', actor: { email: 'system' } });

  const { callbackUrl } = await authorizeCustom(stack, globex, {
    dataCenterId: 'sim-eu',
    ...(await registerSimClient(stack, { dc: 'eu' })),
    email: 'zoho-admin@globex.example',
  });
  expect((await visitCallback(globex, callbackUrl)).message.outcome).toBe('connected');
  const recovered = await api<{ ok: boolean }>(
    globex,
    'POST',
    '/api/tenants/:tenantId/zoho/test',
    { tenantId: 'globex' },
    {},
  );
  expect(recovered.body.ok).toBe(true);
  expect((await getConnection(globex, 'globex')).token?.lastError).toBeNull();
});

it('refuses a grant that cannot read the org, and leaves the working connection alone', async () => {
  const grant = await simSelfClientCode(stack, {
    userEmail: 'zoho-admin@globex.example',
    scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.users.READ'],
  });
  const refused = await api<{ error: { message: string } }>(
    globex,
    'POST',
    '/api/tenants/:tenantId/zoho/self-client',
    { tenantId: 'globex' },
    { dataCenterId: 'sim-eu', clientId: grant.clientId, clientSecret: grant.clientSecret, code: grant.code },
  );
  expect(refused.status).toBe(400);
  expect(refused.body.error.message).toContain('OAUTH_SCOPE_MISMATCH');
  expect((await getConnection(globex, 'globex')).status).toBe('connected');
  const test = await api<{ ok: boolean }>(
    globex,
    'POST',
    '/api/tenants/:tenantId/zoho/test',
    { tenantId: 'globex' },
    {},
  );
  expect(test.body.ok).toBe(true);
  const tokens = await sim<{ refresh_tokens: { client_id: string; status: string }[] }>(
    stack,
    'GET',
    `/tokens?client_id=${grant.clientId}`,
  );
  expect(tokens.refresh_tokens.map((token) => token.status)).toEqual(['revoked']);
});
