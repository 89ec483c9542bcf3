import { OAUTH_CALLBACK_PATH } from '@cxc/shared/api/zoho-connection';
import { type AuditEntry } from '@cxc/shared/api/audit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import type { TestStack } from '../../../test/start-test-stack.ts';
import { connectAcmeByConsent } from '../../../test/connect-acme-by-consent.ts';
import { startStackWithAdmins } from '../../../test/sim-stack-admins.ts';
import {
  api,
  authorizeAgain,
  getConnection,
  integrationStatus,
  visitCallback,
} from '../../../test/zoho-flow.ts';
import { registerSimClient, sim } from '../../../test/zoho-sim-control.ts';

// The life of a connection after the first connect: system configuration, reconnect, disconnect, audit.

let stack: TestStack;
let acme: SignedInClient;
let sysadmin: SignedInClient;

beforeAll(async () => {
  ({ stack, acme } = await startStackWithAdmins());
  sysadmin = await signIn(stack, 'sysadmin@cx.example');
  await connectAcmeByConsent(stack, acme);
});
afterAll(() => stack.stop());

it('connects through the system configuration, and a reconnect keeps the org and replaces the tokens', async () => {
  const client = await registerSimClient(stack, { dc: 'us', multiDc: true });
  const saved = await api<Record<string, unknown>>(
    sysadmin,
    'PUT',
    '/api/system/zoho/clients/:dataCenterId',
    { dataCenterId: 'sim-us' },
    {
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      enabled: true,
    },
  );
  expect(saved.status).toBe(200);
  expect(saved.body).toMatchObject({
    clientId: client.clientId,
    secretSet: true,
    enabled: true,
    updatedBy: 'sysadmin@cx.example',
  });
  expect(JSON.stringify(saved.body)).not.toContain(client.clientSecret);
  const listed = await api<{
    redirectUrl: string;
    clients: { dataCenter: { id: string; simulated: boolean }; secretSet: boolean }[];
  }>(sysadmin, 'GET', '/api/system/zoho/clients');
  expect(listed.body.redirectUrl).toBe(`${stack.baseUrl}${OAUTH_CALLBACK_PATH}`);
  expect(listed.body.clients.map((entry) => entry.dataCenter.id)).toEqual([
    ...['us', 'eu', 'in', 'au', 'jp', 'cn', 'ca', 'sa'],
    ...['sim-us', 'sim-eu', 'sim-in', 'sim-au', 'sim-jp', 'sim-cn', 'sim-ca', 'sim-sa'],
  ]);
  expect(listed.body.clients.filter((entry) => entry.secretSet).map((entry) => entry.dataCenter.id)).toEqual([
    'sim-us',
  ]);

  const before = await stack.pool.query<{ access: string }>(
    "select access_token_sealed as access from zoho_tokens where tenant_id = 'acme'",
  );
  const config = await api(
    acme,
    'PUT',
    '/api/tenants/:tenantId/zoho/config',
    { tenantId: 'acme' },
    { kind: 'system', dataCenterId: 'sim-us' },
  );
  expect(config.body).toMatchObject({
    config: { kind: 'system', clientId: null, secretSet: true },
    status: 'connected',
  });
  expect(
    (config.body as { systemDataCenters: { id: string }[] }).systemDataCenters.map((dc) => dc.id),
  ).toEqual(['sim-us']);
  await stack.registerZohoSecrets();
  const oldTokens = await sim<{ refresh_tokens: { refresh_token: string; status: string }[] }>(
    stack,
    'GET',
    `/tokens?user_email=zoho-admin@acme.example`,
  );

  const { callbackUrl } = await authorizeAgain(stack, acme, { email: 'zoho-admin@acme.example' });
  // Same org as before: the reconnect completes without a second org choice.
  expect((await visitCallback(acme, callbackUrl)).message).toMatchObject({
    outcome: 'connected',
    error: null,
  });
  const after = await stack.pool.query<{ access: string }>(
    "select access_token_sealed as access from zoho_tokens where tenant_id = 'acme'",
  );
  expect(after.rows[0]?.access).not.toBe(before.rows[0]?.access);
  const tokens = await sim<{
    refresh_tokens: { refresh_token: string; status: string; client_id: string }[];
  }>(stack, 'GET', `/tokens?user_email=zoho-admin@acme.example`);
  // The replaced refresh token was revoked at Zoho: reconnects do not pile up towards the 20-token cap.
  const previous = oldTokens.refresh_tokens
    .filter((token) => token.status === 'active')
    .map((token) => token.refresh_token);
  expect(
    tokens.refresh_tokens
      .filter((token) => previous.includes(token.refresh_token))
      .map((token) => token.status),
  ).toEqual(['revoked']);
  expect(
    tokens.refresh_tokens.filter((token) => token.status === 'active').map((token) => token.client_id),
  ).toEqual([client.clientId]);
  expect((await getConnection(acme, 'acme')).status).toBe('connected');
  const test = await api<{ ok: boolean }>(
    acme,
    'POST',
    '/api/tenants/:tenantId/zoho/test',
    { tenantId: 'acme' },
    {},
  );
  expect(test.body.ok).toBe(true);
});

it('disconnects: revokes the refresh token at Zoho, deletes the tokens, keeps the configuration', async () => {
  await stack.registerZohoSecrets();
  const response = await api<{
    revokedAtZoho: boolean;
    settingsKept: boolean;
    connection: { status: string; config: unknown; token: unknown };
  }>(acme, 'DELETE', '/api/tenants/:tenantId/zoho/connection', { tenantId: 'acme' });
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({
    revokedAtZoho: true,
    settingsKept: true,
    connection: { status: 'not_connected', token: null },
  });
  expect(response.body.connection.config).toMatchObject({ kind: 'system' });
  const tokens = await sim<{ refresh_tokens: { status: string }[] }>(
    stack,
    'GET',
    '/tokens?user_email=zoho-admin@acme.example',
  );
  expect(tokens.refresh_tokens.map((token) => token.status)).not.toContain('active');
  const { rows } = await stack.pool.query("select 1 from zoho_tokens where tenant_id = 'acme'");
  expect(rows).toEqual([]);
  expect(await integrationStatus(acme, 'acme')).toBe('not_connected');
  const test = await api<{ ok: boolean; error: { code: string } }>(
    acme,
    'POST',
    '/api/tenants/:tenantId/zoho/test',
    { tenantId: 'acme' },
    {},
  );
  expect(test.body).toMatchObject({ ok: false, error: { code: 'not_connected' } });
});

it('audits every step for the tenant admin, never a secret, and only their own tenant', async () => {
  const { body } = await api<{ entries: AuditEntry[]; total: number }>(
    acme,
    'GET',
    '/api/tenants/:tenantId/audit',
    { tenantId: 'acme' },
  );
  expect(body.entries.map((entry) => entry.action).reverse()).toEqual([
    'zoho.config.saved',
    'zoho.connected',
    'zoho.org_chosen',
    'zoho.config.saved',
    'zoho.reconnected',
    'zoho.disconnected',
  ]);
  expect(body.total).toBe(6);
  expect(body.entries.at(-1)).toMatchObject({
    actor: { email: 'admin@acme.example', name: 'Ada Admin', role: 'tenant_admin' },
    details: { kind: 'custom', dataCenterId: 'sim-us', clientSecret: 'changed' },
  });
  const page = await api<{ entries: AuditEntry[]; page: number }>(
    acme,
    'GET',
    '/api/tenants/:tenantId/audit?page=2&perPage=4',
    { tenantId: 'acme' },
  );
  expect(page.body.entries).toHaveLength(2);
  const { rows } = await stack.pool.query<{ action: string; tenant_id: string | null }>(
    "select action, tenant_id from audit_log where action = 'zoho.system_client.saved'",
  );
  expect(rows).toEqual([{ action: 'zoho.system_client.saved', tenant_id: null }]);
});
