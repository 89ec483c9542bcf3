import { getSettings, runPreflight, saveSettings } from '@cxc/shared/api/settings';
import { ZOHO_SCOPES } from '@cxc/shared/api/zoho-connection';
import { defaultSettings, type IntegrationSettings } from '@cxc/shared/domain/settings';
import { type RunningZohoSim, startZohoSim } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTenantToSim } from '../../../test/connect-tenant-to-sim.ts';
import { call, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { simRequests } from '../../../test/start-connected-stack.ts';
import { companyRequiredByLeadsLayout } from '@cxc/shared/testing/preflight-problems';
import { startTestStack, type TestStack } from '../../../test/start-test-stack.ts';

let sim: RunningZohoSim;
let stack: TestStack;
let acme: SignedInClient;
let globex: SignedInClient;

/** What a connection authorized before layouts were read might hold: fields and modules, no layouts. */
const WITHOUT_LAYOUTS = [
  ...ZOHO_SCOPES.filter((s) => s !== 'ZohoCRM.settings.READ'),
  'ZohoCRM.settings.fields.READ',
  'ZohoCRM.settings.modules.READ',
];

beforeAll(async () => {
  sim = await startZohoSim({ port: 0 });
  stack = await startTestStack({ env: { ZOHO_SIM_URL: sim.baseUrl } });
  acme = await signIn(stack, 'admin@acme.example');
  globex = await signIn(stack, 'admin@globex.example');
  await connectTenantToSim(stack, sim, acme, {
    userEmail: 'zoho-admin@acme.example',
    dataCenterId: 'sim-us',
  });
  await connectTenantToSim(stack, sim, globex, {
    userEmail: 'zoho-admin@globex.example',
    dataCenterId: 'sim-eu',
    scopes: WITHOUT_LAYOUTS,
  });
});
afterAll(async () => {
  await stack.stop().finally(() => sim.stop());
});

/** Web chat records visitors as Leads; the default mapping fills Company, `withoutCompany` drops it. */
function webChat(mode: 'automatic' | 'manual', dropCompany: boolean): IntegrationSettings {
  const settings = defaultSettings();
  Object.assign(settings.channels.web_chat, { enabled: true, mode });
  if (dropCompany)
    settings.channels.web_chat.mapping.Leads = settings.channels.web_chat.mapping.Leads?.filter(
      (row) => row.zohoField !== 'Company',
    );
  return settings;
}

const preflight = (admin: SignedInClient, tenantId: string, settings: IntegrationSettings) =>
  call(admin, runPreflight, { tenantId }, { body: { settings } });

const layoutCalls = async (since: number) =>
  (await simRequests(sim, since)).requests
    .filter((r) => r.path.includes('/crm/v2/settings/layouts?'))
    .map((r) => `${r.status} ${r.path.split('module=')[1]}`);

describe('layout-required fields in preflight (simulator: Leads "Standard" requires Company)', () => {
  it('warns with the label when Company is left unmapped, one layouts call per module, then cached', async () => {
    const { lastSeq } = await simRequests(sim);
    const result = ok(await preflight(acme, 'acme', webChat('manual', true)));
    expect(result.ready).toBe(true);
    const warnings = result.problems.filter((p) => p.code === 'layout_required_unmapped');
    expect(warnings).toEqual([companyRequiredByLeadsLayout('web_chat')]);
    const calls = await layoutCalls(lastSeq);
    // The modules records are created in; Notes has no layouts.
    expect(calls.sort()).toEqual(
      ['Calls', 'Cases', 'Contacts', 'Deals', 'Leads', 'Tasks'].map((m) => `200 ${m}`),
    );

    const { lastSeq: after } = await simRequests(sim);
    const mapped = ok(await preflight(acme, 'acme', webChat('manual', false)));
    expect(mapped.problems.filter((p) => p.code.startsWith('layout_'))).toEqual([]);
    expect(await layoutCalls(after)).toEqual([]);
  });

  it('does not block saving automatic mode: Zoho enforces layouts only with Layout.id', async () => {
    const current = ok(await call(acme, getSettings, { tenantId: 'acme' }));
    const saved = await call(
      acme,
      saveSettings,
      { tenantId: 'acme' },
      { body: { settings: webChat('automatic', true), baseVersion: current.version?.number ?? null } },
    );
    expect(saved.status).toBe(200);
  });

  it('degrades to a note when the connection lacks the layouts scope (reconnect to grant it)', async () => {
    const result = ok(await preflight(globex, 'globex', webChat('manual', true)));
    expect(result.ready).toBe(true);
    expect(result.problems.filter((p) => p.code.startsWith('layout_'))).toEqual([
      {
        severity: 'info',
        code: 'layout_required_unknown_scope',
        path: [],
        module: 'Leads',
        message: { key: 'preflight.layout_required_unknown_scope', params: { module: 'Leads' } },
      },
      expect.objectContaining({ code: 'layout_required_unknown_scope', module: 'Tasks' }),
    ]);
  });
});
