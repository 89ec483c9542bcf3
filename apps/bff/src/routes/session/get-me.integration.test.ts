import { getMe } from '@cxc/shared/api/session';
import { getSettings, saveSettings } from '@cxc/shared/api/settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, failed, ok } from '../../../test/settings-api.ts';
import { signIn } from '../../../test/sign-in.ts';
import { type ConnectedStack, startConnectedStack } from '../../../test/start-connected-stack.ts';

let env: ConnectedStack;

beforeAll(async () => {
  env = await startConnectedStack();
});
afterAll(async () => {
  await env?.stop();
});

describe('GET /api/me: the time zone the console shows dates in', () => {
  it('is the connected Zoho org’s zone while the settings name none', async () => {
    expect(ok(await call(env.acmeAdmin, getMe, {})).timeZone).toBe('America/New_York');
    expect(ok(await call(env.globexAdmin, getMe, {})).timeZone).toBe('Europe/Berlin');
  });

  it('is null for the system administrator, who belongs to no tenant', async () => {
    const sysadmin = await signIn(env.stack, 'sysadmin@cx.example');
    expect(ok(await call(sysadmin, getMe, {})).timeZone).toBeNull();
  });

  it('follows the zone the tenant’s settings name, for agents of the tenant too', async () => {
    const { settings, version } = ok(await call(env.acmeAdmin, getSettings, { tenantId: 'acme' }));
    const saved = await call(
      env.acmeAdmin,
      saveSettings,
      { tenantId: 'acme' },
      { body: { settings: { ...settings, timeZone: 'Asia/Tokyo' }, baseVersion: version?.number ?? null } },
    );
    ok(saved);
    expect(ok(await call(env.acmeAdmin, getMe, {})).timeZone).toBe('Asia/Tokyo');
    const agent = await signIn(env.stack, 'alice@acme.example');
    expect(ok(await call(agent, getMe, {})).timeZone).toBe('Asia/Tokyo');
    // Globex's own zone is untouched by Acme's settings.
    expect(ok(await call(env.globexAdmin, getMe, {})).timeZone).toBe('Europe/Berlin');
  });

  it('refuses a zone that is not an IANA zone, so none can reach the console', async () => {
    const { settings, version } = ok(await call(env.acmeAdmin, getSettings, { tenantId: 'acme' }));
    const error = failed(
      await call(
        env.acmeAdmin,
        saveSettings,
        { tenantId: 'acme' },
        {
          body: { settings: { ...settings, timeZone: 'Mars/Olympus' }, baseVersion: version?.number ?? null },
        },
      ),
    );
    expect(error.status).toBe(400);
    expect(ok(await call(env.acmeAdmin, getMe, {})).timeZone).toBe('Asia/Tokyo');
  });
});
