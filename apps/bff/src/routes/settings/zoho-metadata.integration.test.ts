import { getZohoMetadata } from '@cxc/shared/api/settings';
import { zohoModuleSchema } from '@cxc/shared/domain/modules';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call, ok } from '../../../test/settings-api.ts';
import {
  type ConnectedStack,
  simFaults,
  simRequests,
  startConnectedStack,
} from '../../../test/start-connected-stack.ts';

let env: ConnectedStack;
const MODULES = [...zohoModuleSchema.options].sort();

beforeAll(async () => {
  // No retries: an injected failure is the answer, at once.
  env = await startConnectedStack({ ZOHO_MAX_RETRIES: '0', ZOHO_RETRY_BASE_MS: '1' });
});
afterEach(() => simFaults(env.sim, null));
afterAll(() => env.stop());

const metadata = (refresh?: '1', tenantId = 'acme', client = env.acmeAdmin) =>
  call(client, getZohoMetadata, { tenantId }, refresh ? { query: { refresh } } : {});

describe('live metadata', () => {
  it('reads every module’s fields and the users of the connected org', async () => {
    const { lastSeq } = await simRequests(env.sim);
    const answer = ok(await metadata('1'));
    expect(answer.failures).toEqual([]);
    expect(Object.keys(answer.fieldsByModule).sort()).toEqual(MODULES);
    const leads = answer.fieldsByModule.Leads?.map((f) => f.api_name) ?? [];
    expect(leads).toEqual(
      expect.arrayContaining(['Last_Name', 'Email', 'rs_utm_source', 'rs_google_client_id']),
    );
    // The lookup target survives the trip through the shared schema on both sides.
    const account = answer.fieldsByModule.Contacts?.find((f) => f.api_name === 'Account_Name');
    expect(account).toMatchObject({ data_type: 'lookup', lookupModule: 'Accounts' });
    expect(answer.users.map((u) => u.email)).toEqual(
      expect.arrayContaining(['zoho-admin@acme.example', 'alice@acme.example', 'dan@acme.example']),
    );
    expect(answer.users.every((u) => u.status === 'active')).toBe(true);
    const { requests } = await simRequests(env.sim, lastSeq);
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
    expect(requests.filter((r) => r.path.includes('/settings/fields?'))).toHaveLength(MODULES.length);
    expect(requests.filter((r) => r.path.includes('/users?')).length).toBeGreaterThanOrEqual(1);
  });

  it('shows each tenant its own org: Globex has no Ringostat fields', async () => {
    const answer = ok(await metadata(undefined, 'globex', env.globexAdmin));
    expect(answer.failures).toEqual([]);
    const leads = answer.fieldsByModule.Leads?.map((f) => f.api_name) ?? [];
    expect(leads).toContain('Last_Name');
    expect(leads.filter((name) => name.startsWith('rs_'))).toEqual([]);
    expect(answer.users.map((u) => u.email)).toContain('carol@globex.example');
  });

  it('answers from the cache within the minute, and asks Zoho again on refresh=1', async () => {
    const first = ok(await metadata('1'));
    const { lastSeq } = await simRequests(env.sim);
    const cached = ok(await metadata());
    expect(cached).toEqual(first);
    expect((await simRequests(env.sim, lastSeq)).requests).toEqual([]);
    const refreshed = ok(await metadata('1'));
    expect(refreshed.fieldsByModule).toEqual(first.fieldsByModule);
    expect((await simRequests(env.sim, lastSeq)).requests.length).toBeGreaterThanOrEqual(MODULES.length + 1);
  });
});

describe('failures', () => {
  it('lists every part that failed, with a code and plain words, instead of empty lists', async () => {
    await simFaults(env.sim, { outage: true, target: 'api' });
    const answer = ok(await metadata('1'));
    expect(answer.failures.map((f) => f.module).sort()).toEqual([...MODULES, 'Users'].sort());
    for (const failure of answer.failures) {
      expect(failure.code).toMatch(/^\w+$/);
      expect(failure.message.length).toBeGreaterThan(10);
    }
    expect(answer.fieldsByModule).toEqual({});
    expect(answer.users).toEqual([]);
  });

  it('keeps the modules that loaded and names the one that did not', async () => {
    await simFaults(env.sim, { fail_next: 1, fail_next_status: 500, target: 'api' });
    const answer = ok(await metadata('1'));
    expect(answer.failures).toHaveLength(1);
    const [failure] = answer.failures;
    expect(failure?.code).toBe('zoho_unreachable');
    expect(failure?.message).toMatch(/could not be reached/);
    if (failure?.module === 'Users') expect(answer.users).toEqual([]);
    else
      expect(Object.keys(answer.fieldsByModule).sort()).toEqual(MODULES.filter((m) => m !== failure?.module));
  });

  it('never caches an incomplete read', async () => {
    await simFaults(env.sim, { fail_next: 1, fail_next_status: 500, target: 'api' });
    expect(ok(await metadata('1')).failures).toHaveLength(1);
    await simFaults(env.sim, null);
    const { lastSeq } = await simRequests(env.sim);
    // The last complete read is still served; the failed one replaced nothing.
    const answer = ok(await metadata());
    expect(answer.failures).toEqual([]);
    expect(Object.keys(answer.fieldsByModule).sort()).toEqual(MODULES);
    expect((await simRequests(env.sim, lastSeq)).requests).toEqual([]);
  });
});
