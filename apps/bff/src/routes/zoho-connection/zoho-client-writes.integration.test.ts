import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTenantToSim } from '../../../test/connect-tenant-to-sim.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import type { TestStack } from '../../../test/start-test-stack.ts';
import { startStackWithAdmins } from '../../../test/sim-stack-admins.ts';
import { api, getConnection } from '../../../test/zoho-flow.ts';
import { registerSimClient, simSelfClientCode } from '../../../test/zoho-sim-control.ts';
import { systemSecretContext } from '../../services/system/system-clients.ts';

// Writes of Zoho client credentials: a secret is kept when omitted, demanded when there is none, and a
// failed Self Client redemption leaves the stored client and tokens exactly as they were.

type ErrorBody = { error: { code: string; issues: { path: (string | number)[]; code: string }[] } };

let stack: TestStack;
let sysadmin: SignedInClient;
let acme: SignedInClient;

beforeAll(async () => {
  ({ stack, acme } = await startStackWithAdmins());
  sysadmin = await signIn(stack, 'sysadmin@cx.example');
}, 60_000);
afterAll(() => stack.stop());

describe('PUT /api/system/zoho/clients/:dataCenterId', () => {
  const put = (dataCenterId: string, body: Record<string, unknown>) =>
    api<ErrorBody & { clientId: string; secretSet: boolean; enabled: boolean }>(
      sysadmin,
      'PUT',
      '/api/system/zoho/clients/:dataCenterId',
      { dataCenterId },
      body,
    );
  const storedSecret = async (dataCenterId: string) => {
    const { rows } = await stack.pool.query<{ client_id: string; client_secret_sealed: string }>(
      'select client_id, client_secret_sealed from zoho_system_clients where data_center_id = $1',
      [dataCenterId],
    );
    const row = rows[0];
    return (
      row && {
        clientId: row.client_id,
        secret: stack.deps.secretBox.decrypt(row.client_secret_sealed, systemSecretContext(dataCenterId)),
      }
    );
  };

  it('answers 400 naming clientSecret for a new data center without one, and stores nothing', async () => {
    for (const enabled of [true, false]) {
      const refused = await put('sim-eu', { clientId: '1000.NEWCLIENT', enabled });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('VALIDATION_FAILED');
      expect(refused.body.error.issues).toEqual([
        expect.objectContaining({ path: ['clientSecret'], code: 'required' }),
      ]);
    }
    expect(await storedSecret('sim-eu')).toBeUndefined();
  });

  it('keeps the stored secret when the secret is omitted, and replaces it when given', async () => {
    const first = await registerSimClient(stack, { dc: 'jp' });
    expect((await put('sim-jp', { ...first, enabled: true })).status).toBe(200);
    const kept = await put('sim-jp', { clientId: '1000.RENAMED', enabled: false });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ clientId: '1000.RENAMED', secretSet: true, enabled: false });
    expect(await storedSecret('sim-jp')).toEqual({ clientId: '1000.RENAMED', secret: first.clientSecret });
    const second = await registerSimClient(stack, { dc: 'jp' });
    expect((await put('sim-jp', { ...second, enabled: true })).status).toBe(200);
    expect(await storedSecret('sim-jp')).toEqual({ clientId: second.clientId, secret: second.clientSecret });
  });

  it('answers 404 for an unknown data center and 400 for an empty secret', async () => {
    expect(
      (await put('nowhere', { clientId: '1000.X', clientSecret: 'a'.repeat(30), enabled: true })).status,
    ).toBe(404);
    const empty = await put('sim-au', { clientId: '1000.X', clientSecret: '', enabled: true });
    expect(empty.status).toBe(400);
    expect(empty.body.error.issues.map((issue) => issue.path)).toEqual([['clientSecret']]);
  });
});

describe('POST /api/tenants/:tenantId/zoho/self-client after a failure', () => {
  /** Everything a failed attempt must leave alone: the configuration, its secret, the tokens, the audit log. */
  const snapshot = async () => {
    const connection = await stack.pool.query(
      `select config_kind, data_center_id, client_id, client_secret_sealed, accounts_url, api_url, status,
         org, config_updated_at from zoho_connections where tenant_id = 'acme'`,
    );
    const tokens = await stack.pool.query(
      `select client_id, client_secret_sealed, refresh_token_sealed, access_token_sealed, accounts_url
         from zoho_tokens where tenant_id = 'acme'`,
    );
    const audit = await stack.pool.query(`select count(*)::int as n from audit_log where tenant_id = 'acme'`);
    return { connection: connection.rows, tokens: tokens.rows, audit: audit.rows };
  };
  const redeem = (body: Record<string, string>) =>
    api<ErrorBody>(acme, 'POST', '/api/tenants/:tenantId/zoho/self-client', { tenantId: 'acme' }, body);

  beforeAll(async () => {
    await connectTenantToSim(stack, stack.sim!, acme, {
      userEmail: 'zoho-admin@acme.example',
      dataCenterId: 'sim-us',
    });
    await stack.registerZohoSecrets();
  });

  it('changes nothing when Zoho refuses the offered client, secret or code', async () => {
    const before = await snapshot();
    const grant = await simSelfClientCode(stack, { userEmail: 'zoho-admin@acme.example' });
    const offered = { dataCenterId: 'sim-us', clientId: grant.clientId, clientSecret: grant.clientSecret };
    const attempts = [
      { ...offered, clientSecret: 'not-the-secret-of-this-client', code: grant.code },
      { ...offered, clientId: '1000.UNKNOWNCLIENT', code: grant.code },
      { ...offered, code: '1000.not-a-code' },
    ];
    for (const attempt of attempts) {
      const refused = await redeem(attempt);
      expect(refused.status).toBe(400);
      expect(await snapshot()).toEqual(before);
    }
    expect((await getConnection(acme, 'acme')).status).toBe('connected');
  });

  it('changes nothing when the new grant cannot read the org', async () => {
    const before = await snapshot();
    const grant = await simSelfClientCode(stack, {
      userEmail: 'zoho-admin@acme.example',
      scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.users.READ'],
    });
    const refused = await redeem({
      dataCenterId: 'sim-us',
      clientId: grant.clientId,
      clientSecret: grant.clientSecret,
      code: grant.code,
    });
    expect(refused.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('changes nothing for an unknown data center or a host outside the allowlist', async () => {
    const before = await snapshot();
    const grant = await simSelfClientCode(stack, { userEmail: 'zoho-admin@acme.example' });
    const refused = await redeem({
      dataCenterId: 'nowhere',
      clientId: grant.clientId,
      clientSecret: grant.clientSecret,
      code: grant.code,
    });
    expect(refused.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('stores the new client and its tokens together once the code is redeemed', async () => {
    const grant = await simSelfClientCode(stack, { userEmail: 'zoho-admin@acme.example' });
    const redeemed = await redeem({
      dataCenterId: 'sim-us',
      clientId: grant.clientId,
      clientSecret: grant.clientSecret,
      code: grant.code,
    });
    expect(redeemed.status).toBe(200);
    const after = await snapshot();
    expect(after.connection[0]).toMatchObject({ client_id: grant.clientId, status: 'connected' });
    expect(after.tokens[0]).toMatchObject({ client_id: grant.clientId });
    await stack.registerZohoSecrets();
  });
});
