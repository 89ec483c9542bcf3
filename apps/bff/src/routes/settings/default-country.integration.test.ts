import { getSettings } from '@cxc/shared/api/settings';
import { getConnection } from '@cxc/shared/api/zoho-connection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editSettings } from '../../../test/engine-helpers.ts';
import { call, ok } from '../../../test/settings-api.ts';
import { type ConnectedStack, startConnectedStack } from '../../../test/start-connected-stack.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';

let env: ConnectedStack;

beforeAll(async () => {
  env = await startConnectedStack();
}, 120_000);
afterAll(async () => {
  await env?.stop();
});

const settingsOf = async (tenantId: string) =>
  ok(await call(tenantId === 'acme' ? env.acmeAdmin : env.globexAdmin, getSettings, { tenantId })).settings;
const storedOrg = async (tenantId: string) =>
  (
    await env.stack.pool.query<{ org: Record<string, unknown> }>(
      `select org from zoho_connections where tenant_id = $1`,
      [tenantId],
    )
  ).rows[0]?.org;

describe('the default country comes with the connection', () => {
  it('reads the org’s country from GET /org as Zoho gives it (name and ISO code)', async () => {
    const org = await (await getZohoClient(env.stack.deps, 'globex')).org();
    expect(org).toMatchObject({ country: 'Germany', country_code: 'DE' });
  });

  it('shows the org’s country on the connection and fills an empty default country with it', async () => {
    const acme = ok(await call(env.acmeAdmin, getConnection, { tenantId: 'acme' }));
    expect(acme.org?.country).toBe('US');
    expect(acme.defaultCountry).toBe('US');
    const globex = ok(await call(env.globexAdmin, getConnection, { tenantId: 'globex' }));
    expect(globex.org?.country).toBe('DE');
    expect((await settingsOf('acme')).defaultCountry).toBe('US');
    expect((await settingsOf('globex')).defaultCountry).toBe('DE');
  });

  it('keeps the admin’s own choice', async () => {
    await editSettings(env.globexAdmin, 'globex', (s) => {
      s.defaultCountry = 'AT';
    });
    expect((await settingsOf('globex')).defaultCountry).toBe('AT');
    // Cleared again: the org's country fills it, so a connected tenant never has none.
    await editSettings(env.globexAdmin, 'globex', (s) => {
      delete s.defaultCountry;
    });
    expect((await settingsOf('globex')).defaultCountry).toBe('DE');
  });

  it('backfills the country of an org stored before it was read, once', async () => {
    await env.stack.pool.query(`update zoho_connections set org = org - 'country' where tenant_id = 'acme'`);
    expect(await storedOrg('acme')).not.toHaveProperty('country');
    expect((await settingsOf('acme')).defaultCountry).toBe('US');
    expect(await storedOrg('acme')).toMatchObject({ country: 'US' });
  });

  it('ignores a stored org country that is not a country', async () => {
    await env.stack.pool.query(
      `update zoho_connections set org = jsonb_set(org, '{country}', '"Atlantis"') where tenant_id = 'acme'`,
    );
    const settings = await settingsOf('acme');
    expect(settings.defaultCountry).toBeUndefined();
    expect(ok(await call(env.acmeAdmin, getConnection, { tenantId: 'acme' })).org?.country).toBeNull();
    await env.stack.pool.query(
      `update zoho_connections set org = jsonb_set(org, '{country}', '"US"') where tenant_id = 'acme'`,
    );
  });
});
