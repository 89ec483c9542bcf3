import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningZohoSim, startZohoSim } from '../src/index.ts';
import { control, selfClient } from './sim-client.ts';
import { sdk } from './zoho-sdk.ts';

describe("Zoho's Node SDK (nodejs-sdk-2.0) redeems a self-client code through its multipart token request", () => {
  let sim: RunningZohoSim;
  const dir = mkdtempSync(join(tmpdir(), 'zoho-sdk-'));
  beforeAll(async () => {
    sim = await startZohoSim({ port: 0 });
  });
  afterAll(async () => {
    await sim.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fetches a token on its first API call and keeps the refresh token it was given', async () => {
    const client = await selfClient(
      sim,
      'alice@acme.example',
      'ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.users.ALL,ZohoCRM.org.ALL',
    );
    // accountsUrl is the full token endpoint for this SDK (its OAuthToken takes the URL, not the accounts
    // host).
    const environment = new sdk.Environment(
      sim.dcs.us.api,
      `${sim.dcs.us.accounts}/oauth/v2/token`,
      sim.dcs.us.api,
      'local_sim',
    );
    const token = new sdk.OAuthBuilder()
      .clientId(client.client_id)
      .clientSecret(client.client_secret)
      .grantToken(client.code)
      .build();
    const tokenFile = join(dir, 'tokens.csv');
    const builder = await new sdk.InitializeBuilder();
    builder
      .user(new sdk.UserSignature('alice@acme.example'))
      .environment(environment)
      .token(token)
      .store(new sdk.FileStore(tokenFile))
      .SDKConfig(new sdk.SDKConfigBuilder().pickListValidation(false).autoRefreshFields(false).build())
      .resourcePath(dir)
      .logger(new sdk.LogBuilder().level('error').filePath(join(dir, 'sdk.log')).build())
      .initialize();
    await sdk.Initializer.getInitializer();
    await control(sim, 'DELETE', '/requests');

    // Whatever the CRM half answers, the SDK must first obtain a token from the simulator.
    await new sdk.RecordOperations()
      .getRecords('Leads', new sdk.ParameterMap(), new sdk.HeaderMap())
      .catch(() => undefined);

    const calls = (await control(sim, 'GET', '/requests')).body.requests as Record<string, unknown>[];
    expect(calls[0]).toMatchObject({
      method: 'POST',
      path: '/us/accounts/oauth/v2/token',
      status: 200,
      grantType: 'authorization_code',
    });
    expect(calls.slice(1).every((call) => String(call.path).startsWith('/us/api/crm/v2/'))).toBe(true);
    expect(calls.slice(1).some((call) => call.status === 401)).toBe(false);
    const listed = (await control(sim, 'GET', `/tokens?client_id=${client.client_id}`)).body
      .refresh_tokens as Record<string, unknown>[];
    expect(listed).toHaveLength(1);
    expect(listed[0]?.status).toBe('active');
    expect(readFileSync(tokenFile, 'utf8')).toContain(String(listed[0]?.refresh_token));
  });
});
