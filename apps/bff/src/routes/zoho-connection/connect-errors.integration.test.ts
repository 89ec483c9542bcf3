import { OAUTH_CALLBACK_PATH } from '@cxc/shared/api/zoho-connection';
import { GLOBEX_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInClient } from '../../../test/sign-in.ts';
import { startStackWithAdmins, tokenCallsSince } from '../../../test/sim-stack-admins.ts';
import type { TestStack } from '../../../test/start-test-stack.ts';
import {
  api,
  authorizeAgain,
  authorizeCustom,
  consentAtSim,
  getConnection,
  visitCallback,
  withQuery,
} from '../../../test/zoho-flow.ts';
import {
  registerSimClient,
  sim,
  simCursor,
  simSelfClientCode,
  simUrl,
} from '../../../test/zoho-sim-control.ts';

// Zoho's refusals during a connect, each explained with what to do.

let stack: TestStack;
let acme: SignedInClient;
let globex: SignedInClient;

beforeAll(async () => {
  ({ stack, acme, globex } = await startStackWithAdmins());
});
afterAll(() => stack.stop());

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
    expect((await tokenCallsSince(stack, since)).map((entry) => entry.dc)).toEqual(['eu']);
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
    await api(
      acme,
      'PUT',
      '/api/tenants/:tenantId/zoho/config',
      { tenantId: 'acme' },
      {
        kind: 'custom',
        dataCenterId: 'sim-us',
        ...(await registerSimClient(stack, { dc: 'us' })),
      },
    );
    const visit = await visitCallback(
      acme,
      (await authorizeAgain(stack, acme, { email: 'zoho-admin@acme.example', decision: 'deny' })).callbackUrl,
    );
    expect(visit.message.error).toMatchObject({ code: 'access_denied' });
  });

  it('redirects to the console in full-page mode, with the outcome and the code', async () => {
    const { callbackUrl } = await authorizeAgain(stack, acme, {
      email: 'zoho-admin@acme.example',
      decision: 'deny',
      mode: 'redirect',
    });
    const response = await acme.browser.request(callbackUrl);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/integrations/zoho-crm?connect=error&code=access_denied');
  });

  it("reports zoho_unreachable when Zoho's accounts server is down at the callback", async () => {
    const { callbackUrl } = await authorizeAgain(stack, acme, { email: 'zoho-admin@acme.example' });
    await sim(stack, 'POST', '/faults', { outage: true, target: 'accounts' });
    try {
      const { message } = await visitCallback(acme, callbackUrl);
      expect(message.error).toMatchObject({ code: 'zoho_unreachable' });
    } finally {
      await sim(stack, 'DELETE', '/faults');
    }
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
