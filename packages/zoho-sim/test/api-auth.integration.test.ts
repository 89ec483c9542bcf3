import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_ORG_ID, GLOBEX_ORG_ID, type RunningZohoSim, startZohoSim } from '../src/index.ts';
import { control, selfClient, selfClientTokens, token } from './sim-client.ts';

const INVALID_TOKEN = { code: 'INVALID_TOKEN', details: {}, message: 'invalid oauth token', status: 'error' };
const AUTH_FAILURE = {
  code: 'AUTHENTICATION_FAILURE',
  details: {},
  message: 'Authentication failed',
  status: 'error',
};

describe('API hosts: tokens from the accounts server authenticate CRM calls (IdentityApi over HTTP)', () => {
  let sim: RunningZohoSim;
  const org = (dc: 'us' | 'eu', authorization?: string) =>
    fetch(
      `${sim.dcs[dc].api}/crm/v2/org`,
      authorization === undefined ? {} : { headers: { Authorization: authorization } },
    );

  beforeAll(async () => {
    sim = await startZohoSim({ port: 0 });
  });
  afterAll(() => sim.stop());

  it('accepts `Zoho-oauthtoken <token>` at the api_domain of the token response', async () => {
    const { tokens } = await selfClientTokens(sim, 'alice@acme.example', 'us', 'ZohoCRM.org.READ');
    expect(tokens.api_domain).toBe(sim.dcs.us.api);
    const res = await org('us', `Zoho-oauthtoken ${tokens.access_token}`);
    expect(res.status).toBe(200);
    const logged = (await control(sim, 'GET', '/requests?host=api')).body.requests as Record<
      string,
      unknown
    >[];
    expect(logged.at(-1)).toMatchObject({
      method: 'GET',
      path: '/us/api/crm/v2/org',
      status: 200,
      orgId: ACME_ORG_ID,
    });
  });

  it('answers AUTHENTICATION_FAILURE (401) without a header, and for Bearer, which Zoho does not accept', async () => {
    const { tokens } = await selfClientTokens(sim, 'alice@acme.example', 'us', 'ZohoCRM.org.READ');
    for (const header of [undefined, `Bearer ${tokens.access_token}`, 'Zoho-oauthtoken']) {
      const res = await org('us', header);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual(AUTH_FAILURE);
    }
  });

  it('answers INVALID_TOKEN (401) for unknown, other-DC, revoked and expired tokens', async () => {
    expect(await (await org('us', 'Zoho-oauthtoken 1000.abc.def')).json()).toEqual(INVALID_TOKEN);
    const { tokens } = await selfClientTokens(sim, 'alice@acme.example', 'us', 'ZohoCRM.org.READ');
    const otherDc = await org('eu', `Zoho-oauthtoken ${tokens.access_token}`);
    expect(otherDc.status).toBe(401);
    expect(await otherDc.json()).toEqual(INVALID_TOKEN);
    await fetch(`${sim.dcs.us.accounts}/oauth/v2/token/revoke?token=${tokens.refresh_token}`, {
      method: 'POST',
    });
    expect(await (await org('us', `Zoho-oauthtoken ${tokens.access_token}`)).json()).toEqual(INVALID_TOKEN);
    const fresh = await selfClientTokens(sim, 'alice@acme.example', 'us', 'ZohoCRM.org.READ');
    await control(sim, 'POST', '/clock', { advance_seconds: 3600 });
    const expired = await org('us', `Zoho-oauthtoken ${fresh.tokens.access_token}`);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual(INVALID_TOKEN);
  });

  it('a US user granting the EU org gets an EU api_domain, and the token works only there', async () => {
    const grant = await selfClient(sim, 'multi@consult.example', 'ZohoCRM.org.READ', {
      org_id: GLOBEX_ORG_ID,
    });
    const res = await token(sim, 'us', { grant_type: 'authorization_code', ...grant });
    expect(res.body.api_domain).toBe(sim.dcs.eu.api);
    const auth = `Zoho-oauthtoken ${String(res.body.access_token)}`;
    expect((await org('eu', auth)).status).toBe(200);
    expect((await org('us', auth)).status).toBe(401);
  });
});
