import { OAUTH_CALLBACK_PATH, ZOHO_SCOPES, type AuditEntry } from '@cxc/shared/api/zoho-connection';
import { ACME_ORG_ID, GLOBEX_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../../test/start-test-stack.ts';
import {
  api,
  authorizeAgain,
  authorizeCustom,
  connectBySelfClient,
  getConnection,
  registerSimClient,
  sim,
  simCursor,
  simRequests,
  visitCallback,
} from '../../../test/zoho-flow.ts';

let stack: TestStack;
let acme: SignedInClient;
let globex: SignedInClient;
let sysadmin: SignedInClient;

beforeAll(async () => {
  stack = await startTestStack({ zohoSim: true });
  acme = await signIn(stack, 'admin@acme.example');
  globex = await signIn(stack, 'admin@globex.example');
  sysadmin = await signIn(stack, 'sysadmin@cx.example');
});
afterAll(async () => {
  await stack.stop();
});

const integrationStatus = async (client: SignedInClient, tenantId: string) => {
  const { body } = await api<{ integrations: { status: string }[] }>(
    client,
    'GET',
    '/api/tenants/:tenantId/integrations',
    { tenantId },
  );
  return body.integrations[0]?.status;
};

it('connects a US org with a custom configuration: consent, org choice, connected', async () => {
  const client = await registerSimClient(stack, { dc: 'us', multiDc: true });
  const { authorizeUrl, callbackUrl } = await authorizeCustom(stack, acme, {
    dataCenterId: 'sim-us',
    ...client,
    email: 'zoho-admin@acme.example',
  });
  const request = new URL(authorizeUrl);
  expect(request.origin + request.pathname).toBe(`${stack.config.zoho.simUrl}/us/accounts/oauth/v2/auth`);
  expect(Object.fromEntries(request.searchParams)).toMatchObject({
    client_id: client.clientId,
    response_type: 'code',
    access_type: 'offline',
    prompt: 'consent',
    scope: ZOHO_SCOPES.join(','),
    code_challenge_method: 'S256',
    redirect_uri: `${stack.baseUrl}${OAUTH_CALLBACK_PATH}`,
  });
  expect(request.searchParams.get('state')).toMatch(/^[\w-]{43}$/);

  const visit = await visitCallback(acme, callbackUrl);
  expect(visit.message).toEqual({ type: 'cxc:zoho-connect', outcome: 'choose_org', error: null });
  // CSP-safe: no inline script, only our static file, and a strict policy on the page.
  expect(visit.html).not.toMatch(/<script>(?!<\/script>)|<script [^s]/);
  expect(visit.html).toContain('<script src="/api/zoho/oauth/callback.js" defer></script>');
  expect(visit.headers.get('content-security-policy')).toContain("script-src 'self'");
  const script = await stack.fetch('/api/zoho/oauth/callback.js');
  expect(script.headers.get('content-type')).toMatch(/javascript/);
  expect(await script.text()).toContain('postMessage(message, origin)');

  expect((await getConnection(acme, 'acme')).status).toBe('choose_org');
  expect(await integrationStatus(acme, 'acme')).toBe('not_connected');
  const orgs = await api<{ orgs: unknown[] }>(acme, 'GET', '/api/tenants/:tenantId/zoho/orgs', {
    tenantId: 'acme',
  });
  expect(orgs.body.orgs).toEqual([
    { id: ACME_ORG_ID, name: 'Acme Corp', edition: 'Enterprise', dc: 'us', timeZone: 'America/New_York' },
  ]);

  const chosen = await api(
    acme,
    'POST',
    '/api/tenants/:tenantId/zoho/org',
    { tenantId: 'acme' },
    { orgId: ACME_ORG_ID },
  );
  expect(chosen.status).toBe(200);
  const connection = await getConnection(acme, 'acme');
  expect(connection).toMatchObject({
    status: 'connected',
    org: { id: ACME_ORG_ID, name: 'Acme Corp', dc: 'us' },
    zohoUser: { email: 'zoho-admin@acme.example', profile: 'Administrator', isAdministrator: true },
    connectedBy: 'admin@acme.example',
    config: { kind: 'custom', clientId: client.clientId, secretSet: true },
    warnings: [],
  });
  expect(connection.scopes).toEqual(expect.arrayContaining([...ZOHO_SCOPES]));
  expect(connection.token?.accessTokenExpiresAt).toBeTruthy();
  expect(await integrationStatus(acme, 'acme')).toBe('connected');

  const test = await api<{ ok: boolean; roundTripMs: number; org: { name: string } }>(
    acme,
    'POST',
    '/api/tenants/:tenantId/zoho/test',
    { tenantId: 'acme' },
    {},
  );
  expect(test.body).toMatchObject({ ok: true, org: { name: 'Acme Corp' }, error: null });
  expect(test.body.roundTripMs).toBeGreaterThanOrEqual(0);

  // Credits: our count equals what the simulator charged this org.
  const charged = (await simRequests(stack, { host: 'api' })).requests
    .filter((entry) => entry.orgId === ACME_ORG_ID)
    .reduce((sum, entry) => sum + entry.credits, 0);
  expect(charged).toBeGreaterThan(0);
  expect((await getConnection(acme, 'acme')).creditsUsed24h).toBe(charged);
});

it('connects an EU org (Globex) with a client registered in the EU', async () => {
  const client = await registerSimClient(stack, { dc: 'eu' });
  const since = await simCursor(stack);
  const { callbackUrl } = await authorizeCustom(stack, globex, {
    dataCenterId: 'sim-eu',
    ...client,
    email: 'zoho-admin@globex.example',
  });
  expect((await visitCallback(globex, callbackUrl)).message.outcome).toBe('choose_org');
  const redeemed = await simRequests(stack, { since, grant_type: 'authorization_code' });
  expect(redeemed.requests.map((entry) => entry.dc)).toEqual(['eu']);
  await api(
    globex,
    'POST',
    '/api/tenants/:tenantId/zoho/org',
    { tenantId: 'globex' },
    { orgId: GLOBEX_ORG_ID },
  );
  const connection = await getConnection(globex, 'globex');
  expect(connection).toMatchObject({
    status: 'connected',
    org: {
      id: GLOBEX_ORG_ID,
      name: 'Globex GmbH',
      edition: 'Professional',
      dc: 'eu',
      timeZone: 'Europe/Berlin',
    },
    zohoUser: { email: 'zoho-admin@globex.example', isAdministrator: true },
  });
  const test = await api<{ ok: boolean }>(
    globex,
    'POST',
    '/api/tenants/:tenantId/zoho/test',
    { tenantId: 'globex' },
    {},
  );
  expect(test.body.ok).toBe(true);
});

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

it("connects with a Self Client code at once (the org was picked in Zoho's console)", async () => {
  const connection = await connectBySelfClient(stack, globex, {
    userEmail: 'zoho-admin@globex.example',
    dataCenterId: 'sim-eu',
  });
  expect(connection).toMatchObject({
    status: 'connected',
    org: { id: GLOBEX_ORG_ID },
    config: { kind: 'custom', dataCenter: { id: 'sim-eu' } },
  });
  const redeemed = await simRequests(stack, { grant_type: 'authorization_code', dc: 'eu' });
  expect(redeemed.requests.length).toBeGreaterThan(0);
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
