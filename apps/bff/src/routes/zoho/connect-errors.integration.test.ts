import { OAUTH_CALLBACK_PATH } from '@cxc/shared/api/zoho-connection';
import { GLOBEX_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../../test/start-test-stack.ts';
import {
  api,
  authorizeAgain,
  authorizeCustom,
  connectBySelfClient,
  consentAtSim,
  getConnection,
  registerSimClient,
  sim,
  simCursor,
  simRequests,
  simSelfClientCode,
  simUrl,
  visitCallback,
} from '../../../test/zoho-flow.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { ZohoNeedsReconnectError } from '../../zoho/zoho-errors.ts';

let stack: TestStack;
let acme: SignedInClient;
let globex: SignedInClient;

beforeAll(async () => {
  stack = await startTestStack({ zohoSim: true });
  acme = await signIn(stack, 'admin@acme.example');
  globex = await signIn(stack, 'admin@globex.example');
});
afterAll(async () => {
  await stack.stop();
});

const withQuery = (url: string, changes: Record<string, string>) => {
  const parsed = new URL(url);
  for (const [key, value] of Object.entries(changes)) parsed.searchParams.set(key, value);
  return parsed.href;
};
const tokenCallsSince = async (since: string) =>
  (await simRequests(stack, { since, grant_type: 'authorization_code' })).requests;

describe("the callback refuses what is not this session's own, unused state", () => {
  it('refuses an unknown state without calling Zoho', async () => {
    const since = await simCursor(stack);
    const visit = await visitCallback(
      acme,
      `${stack.baseUrl}${OAUTH_CALLBACK_PATH}?state=forged&code=1000.forged`,
    );
    expect(visit.status).toBe(400);
    expect(visit.message).toMatchObject({ outcome: 'error', error: { code: 'state_mismatch' } });
    expect(await tokenCallsSince(since)).toEqual([]);
  });

  it("refuses a state started by another session (even the same user's), and it is then spent", async () => {
    const client = await registerSimClient(stack, { dc: 'us' });
    const { callbackUrl } = await authorizeCustom(stack, acme, {
      dataCenterId: 'sim-us',
      ...client,
      email: 'zoho-admin@acme.example',
    });
    const since = await simCursor(stack);
    const otherSession = await signIn(stack, 'admin@acme.example');
    expect((await visitCallback(otherSession, callbackUrl)).message.error?.code).toBe('state_mismatch');
    expect((await visitCallback(globex, callbackUrl)).message.error?.code).toBe('state_mismatch');
    expect((await visitCallback(acme, callbackUrl)).message.error?.code).toBe('state_mismatch');
    expect(await tokenCallsSince(since)).toEqual([]);
  });

  it('answers invalid_code for a code redeemed twice', async () => {
    const first = await authorizeAgain(stack, acme, { email: 'zoho-admin@acme.example' });
    expect((await visitCallback(acme, first.callbackUrl)).message.outcome).toBe('choose_org');
    const second = await authorizeAgain(stack, acme, { email: 'zoho-admin@acme.example' });
    const reused = withQuery(second.callbackUrl, {
      code: new URL(first.callbackUrl).searchParams.get('code') ?? '',
    });
    const visit = await visitCallback(acme, reused);
    expect(visit.message.error).toMatchObject({ code: 'invalid_code' });
    expect(visit.message.error?.message).toMatch(/expired|already used|another data center/);
  });
});

describe("Zoho's answers, explained", () => {
  it("follows Zoho's accounts-server when the user lives in another DC, and says so", async () => {
    const client = await registerSimClient(stack, { dc: 'us', multiDc: true });
    const since = await simCursor(stack);
    const { authorizeUrl, callbackUrl } = await authorizeCustom(stack, globex, {
      dataCenterId: 'sim-us',
      ...client,
      email: 'zoho-admin@globex.example',
    });
    expect(authorizeUrl).toContain('/us/accounts/');
    const back = new URL(callbackUrl).searchParams;
    expect([back.get('location'), back.get('accounts-server')]).toEqual([
      'eu',
      `${simUrl(stack)}/eu/accounts`,
    ]);
    expect((await visitCallback(globex, callbackUrl)).message.outcome).toBe('choose_org');
    expect((await tokenCallsSince(since)).map((entry) => entry.dc)).toEqual(['eu']);
    await api(
      globex,
      'POST',
      '/api/tenants/:tenantId/zoho/org',
      { tenantId: 'globex' },
      { orgId: GLOBEX_ORG_ID },
    );
    const connection = await getConnection(globex, 'globex');
    expect(connection.status).toBe('connected');
    expect(connection.warnings).toEqual([
      expect.objectContaining({
        code: 'other_data_center',
        message: expect.stringContaining('EU data center, not US') as string,
      }),
    ]);
  });

  it('reports a denied consent', async () => {
    const visit = await visitCallback(
      acme,
      (await authorizeAgain(stack, acme, { email: 'zoho-admin@acme.example', decision: 'deny' })).callbackUrl,
    );
    expect(visit.message.error).toMatchObject({ code: 'access_denied' });
  });

  it("names the DC when the client is not enabled for the user's DC (invalid_client)", async () => {
    // A US client without Multi DC, redeemed at the EU accounts server.
    const { callbackUrl } = await authorizeCustom(stack, acme, {
      dataCenterId: 'sim-us',
      ...(await registerSimClient(stack, { dc: 'us' })),
      email: 'zoho-admin@acme.example',
    });
    const elsewhere = withQuery(callbackUrl, {
      location: 'eu',
      'accounts-server': `${simUrl(stack)}/eu/accounts`,
    });
    const { message } = await visitCallback(acme, elsewhere);
    expect(message.error).toMatchObject({
      code: 'invalid_client',
      params: { location: 'eu', dataCenter: 'sim-us' },
    });
    expect(message.error?.message).toContain('Multi DC: EU');
  });

  it('gives the URL to register when the redirect URI does not match (invalid_redirect_uri)', async () => {
    const other = `${stack.baseUrl}/api/zoho/oauth/old-callback`;
    const client = await registerSimClient(stack, { dc: 'us', extraRedirectUris: [other] });
    await api(
      acme,
      'PUT',
      '/api/tenants/:tenantId/zoho/config',
      { tenantId: 'acme' },
      { kind: 'custom', dataCenterId: 'sim-us', ...client },
    );
    const started = await api<{ authorizeUrl: string }>(
      acme,
      'POST',
      '/api/tenants/:tenantId/zoho/authorize',
      { tenantId: 'acme' },
      { mode: 'popup' },
    );
    // The code is issued for another registered redirect URI, then handed to our callback.
    const wrongUri = withQuery(started.body.authorizeUrl, { redirect_uri: other });
    const back = await consentAtSim(stack, acme.browser, wrongUri, { email: 'zoho-admin@acme.example' });
    const { message } = await visitCallback(
      acme,
      `${stack.baseUrl}${OAUTH_CALLBACK_PATH}${new URL(back).search}`,
    );
    expect(message.error).toMatchObject({
      code: 'invalid_redirect_uri',
      params: { redirectUrl: `${stack.baseUrl}${OAUTH_CALLBACK_PATH}` },
    });
  });

  it('never sends the code or the secret to an accounts server outside the allowlist', async () => {
    const client = await registerSimClient(stack, { dc: 'us' });
    for (const server of [
      'http://127.0.0.1:9/us/accounts',
      'https://accounts.zoho.com',
      `${simUrl(stack)}/evil/accounts`,
    ]) {
      const { callbackUrl } = await authorizeCustom(stack, acme, {
        dataCenterId: 'sim-us',
        ...client,
        email: 'zoho-admin@acme.example',
      });
      const since = await simCursor(stack);
      const { message } = await visitCallback(acme, withQuery(callbackUrl, { 'accounts-server': server }));
      expect(message.error).toMatchObject({ code: 'unknown' });
      expect(message.error?.message).toContain('nothing was sent to it');
      expect(await tokenCallsSince(since)).toEqual([]);
      expect((await simRequests(stack, { since, host: 'accounts' })).requests).toEqual([]);
    }
  });

  it('explains Self Client mistakes on the field they concern', async () => {
    const grant = await simSelfClientCode(stack, { userEmail: 'zoho-admin@acme.example' });
    const redeem = (body: Record<string, string>) =>
      api<{ error: { code: string; issues: { path: string[]; code: string; message: string }[] } }>(
        acme,
        'POST',
        '/api/tenants/:tenantId/zoho/self-client',
        { tenantId: 'acme' },
        {
          dataCenterId: 'sim-us',
          clientId: grant.clientId,
          clientSecret: grant.clientSecret,
          code: grant.code,
          ...body,
        },
      );
    const wrongSecret = await redeem({ clientSecret: 'not-the-secret-at-all' });
    expect(wrongSecret.status).toBe(400);
    expect(wrongSecret.body.error.issues).toEqual([
      expect.objectContaining({ path: ['clientSecret'], code: 'invalid_client_secret' }),
    ]);
    const unknownClient = await redeem({ clientId: '1000.UNKNOWNCLIENT' });
    expect(unknownClient.body.error.issues).toEqual([
      expect.objectContaining({ path: ['clientId'], code: 'invalid_client' }),
    ]);
    expect(unknownClient.body.error.issues[0]?.message).toContain('the US data center');
    // The code is still unused (the failed attempts never got past the client check): redeem it, then again.
    expect((await redeem({})).status).toBe(200);
    const reused = await redeem({});
    expect(reused.body.error.issues).toEqual([
      expect.objectContaining({ path: ['code'], code: 'invalid_code' }),
    ]);
  });
});

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
  expect(card.token?.lastError).toMatchObject({ code: 'invalid_code' });
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
