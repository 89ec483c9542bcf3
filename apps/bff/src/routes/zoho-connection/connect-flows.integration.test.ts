import { OAUTH_CALLBACK_PATH, ZOHO_SCOPES } from '@cxc/shared/api/zoho-connection';
import { ACME_ORG_ID, GLOBEX_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SignedInClient } from '../../../test/sign-in.ts';
import { startStackWithAdmins } from '../../../test/sim-stack-admins.ts';
import type { TestStack } from '../../../test/start-test-stack.ts';
import {
  api,
  authorizeCustom,
  connectBySelfClient,
  getConnection,
  integrationStatus,
  visitCallback,
} from '../../../test/zoho-flow.ts';
import { registerSimClient, simCursor, simRequests } from '../../../test/zoho-sim-control.ts';

// Connecting end to end against the simulator: custom configurations (US, EU) and a Self Client.

let stack: TestStack;
let acme: SignedInClient;
let globex: SignedInClient;

beforeAll(async () => {
  ({ stack, acme, globex } = await startStackWithAdmins());
});
afterAll(() => stack.stop());

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
    {
      id: ACME_ORG_ID,
      name: 'Acme Corp',
      edition: 'Enterprise',
      dc: 'us',
      timeZone: 'America/New_York',
      country: 'US',
    },
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
      country: 'DE',
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
