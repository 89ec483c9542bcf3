import { getPanelConfig, getScreenPop, searchZoho } from '@cxc/shared/api/agent-panel';
import { getSettings, saveSettings } from '@cxc/shared/api/settings';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, failed, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { type ConnectedStack, startConnectedStack } from '../../../test/start-connected-stack.ts';

const DEPLOYMENT = 'https://pbx.deploy.example/dial?n={number}';
const ACME = 'sip:{e164}@pbx.acme.example';
const GLOBEX = 'callto:{number}';

let env: ConnectedStack;
let alice: SignedInClient;
let carol: SignedInClient;
const acme = { tenantId: 'acme' };
const globex = { tenantId: 'globex' };

async function setTemplate(admin: SignedInClient, tenant: { tenantId: string }, template?: string) {
  const current = ok(await call(admin, getSettings, tenant));
  const settings = { ...defaultSettings(), agentPanel: template ? { dialUrlTemplate: template } : {} };
  return call(admin, saveSettings, tenant, {
    body: { settings, baseVersion: current.version?.number ?? null },
  });
}

beforeAll(async () => {
  env = await startConnectedStack({ AGENT_DIAL_URL_TEMPLATE: DEPLOYMENT });
  alice = await signIn(env.stack, 'alice@acme.example');
  carol = await signIn(env.stack, 'carol@globex.example');
});
afterAll(async () => {
  await env.stop();
});

describe('per-tenant click-to-call template', () => {
  it('falls back to AGENT_DIAL_URL_TEMPLATE while a tenant sets none', async () => {
    expect(ok(await call(alice, getPanelConfig, acme)).dialUrlTemplate).toBe(DEPLOYMENT);
    expect(ok(await call(carol, getPanelConfig, globex)).dialUrlTemplate).toBe(DEPLOYMENT);
  });

  it("gives each tenant's agents their own tenant's template in config, screen pop and search", async () => {
    ok(await setTemplate(env.acmeAdmin, acme, ACME));
    ok(await setTemplate(env.globexAdmin, globex, GLOBEX));

    expect(ok(await call(alice, getPanelConfig, acme)).dialUrlTemplate).toBe(ACME);
    expect(ok(await call(carol, getPanelConfig, globex)).dialUrlTemplate).toBe(GLOBEX);
    const pop = ok(await call(alice, getScreenPop, acme, { query: { phone: '+14155550100' } }));
    expect(pop.dialUrlTemplate).toBe(ACME);
    const search = ok(await call(carol, searchZoho, globex, { query: { by: 'name', q: 'Nobody' } }));
    expect(search.dialUrlTemplate).toBe(GLOBEX);
  });

  it('goes back to the deployment template when the tenant clears its own', async () => {
    ok(await setTemplate(env.globexAdmin, globex, undefined));
    expect(ok(await call(carol, getPanelConfig, globex)).dialUrlTemplate).toBe(DEPLOYMENT);
    expect(ok(await call(alice, getPanelConfig, acme)).dialUrlTemplate).toBe(ACME);
  });

  it('refuses a template that is not a dial link, on its field, and keeps the saved one', async () => {
    for (const [template, message] of [
      ['javascript:alert({number})', 'dial_url_scheme'],
      ['https://pbx.acme.example/dial', 'dial_url_placeholder'],
    ] as const) {
      const error = failed(await setTemplate(env.acmeAdmin, acme, template));
      expect(error.status).toBe(400);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.issues).toEqual([
        { path: ['settings', 'agentPanel', 'dialUrlTemplate'], message, code: 'custom' },
      ]);
    }
    expect(ok(await call(alice, getPanelConfig, acme)).dialUrlTemplate).toBe(ACME);
  });

  it('lets agents read the template but not change it', async () => {
    const settings = { ...defaultSettings(), agentPanel: { dialUrlTemplate: 'tel:{number}' } };
    const error = failed(await call(alice, saveSettings, acme, { body: { settings, baseVersion: null } }));
    expect(error.status).toBe(403);
    expect(ok(await call(alice, getPanelConfig, acme)).dialUrlTemplate).toBe(ACME);
  });
});
