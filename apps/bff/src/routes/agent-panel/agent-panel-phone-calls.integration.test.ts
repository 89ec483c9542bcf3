import { getScreenPop, searchZoho } from '@cxc/shared/api/agent-panel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editSettings } from '../../../test/engine-helpers.ts';
import { call, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import {
  type ConnectedStack,
  simRequests,
  startConnectedStack,
} from '../../../test/start-connected-stack.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';

let env: ConnectedStack;
let alice: SignedInClient;
const acme = { tenantId: 'acme' };

beforeAll(async () => {
  env = await startConnectedStack();
  alice = await signIn(env.stack, 'alice@acme.example');
});
afterAll(async () => {
  await env.stop();
});

/** The Zoho calls one panel request made, as `METHOD /path` without the query. */
async function zohoCalls<T>(request: () => Promise<T>): Promise<{ body: T; calls: string[] }> {
  const { lastSeq } = await simRequests(env.sim);
  const body = await request();
  const { requests } = await simRequests(env.sim, lastSeq);
  const calls = requests.map(
    (r) => `${r.method} ${r.path.replace(/^\/us\/api\/crm\/v2/, '').split('?')[0] ?? ''}`,
  );
  return { body, calls };
}

const search = (q: string, country: string) =>
  zohoCalls(async () => ok(await call(alice, searchZoho, acme, { query: { by: 'phone', q, country } })));
const screenPop = (query: Record<string, string>) =>
  zohoCalls(async () => ok(await call(alice, getScreenPop, acme, { query: { channel: 'calls', ...query } })));

/**
 * Zoho calls per panel request, measured on the simulator's request log. Before (one `phone=` search per
 * spelling, up to 13 per module) → now (one COQL per module, one `GET ?ids=` per module with a hit):
 * search unknown US 30 → 3, Jane Roe 23 → 4, John Doe (Lead + Contact) 17 → 5, Klaus Becker (DE) 30 → 4;
 * screen pop unknown 20 → 2, Jane Roe 8 → 7 (4 of them her Tasks and Cases), John Doe 7 → 4; with an
 * Accounts phone rule: account found 24 → 6, nobody 30 → 3.
 */
describe('phone search', () => {
  it('costs one COQL per module for a number Zoho does not know, and tries every spelling', async () => {
    const { body, calls } = await search('+1 202 555 0147', 'US');
    expect(body.results).toEqual([]);
    expect(calls).toEqual(['POST /coql', 'POST /coql', 'POST /coql']);
    expect(body.tried[0]).toBe('+12025550147');
    expect(body.tried).toEqual(expect.arrayContaining(['+1 (202) 555-0147', '202-555-0147']) as string[]);
  });

  it('reads the full records of the modules with a hit', async () => {
    const jane = await search('4155550100', 'US');
    expect(jane.body.results.map((r) => `${r.module}:${r.name}`)).toEqual(['Contacts:Jane Roe']);
    expect(jane.body.results[0]).toMatchObject({ email: 'jane.roe@example.com' });
    expect(jane.calls.sort()).toEqual(['GET /Contacts', 'POST /coql', 'POST /coql', 'POST /coql']);

    const john = await search('4155550134', 'US');
    expect(john.body.results.map((r) => `${r.module}:${r.name}`)).toEqual([
      'Leads:John Doe',
      'Contacts:John Doe',
    ]);
    expect(john.calls).toHaveLength(5);

    const klaus = await search('030 1234567', 'DE');
    expect(klaus.body.results.map((r) => `${r.module}:${r.name}`)).toEqual(['Leads:Klaus Becker']);
    expect(klaus.calls.sort()).toEqual(['GET /Leads', 'POST /coql', 'POST /coql', 'POST /coql']);
  });

  it('finds every spelling at once, the likelier spelling first, and drops other numbers', async () => {
    const zoho = await getZohoClient(env.stack.deps, 'acme');
    const written = await zoho.insertRecords('Contacts', [
      // Dashes are a panel-only spelling: found only because the panel passes its own variants.
      { Last_Name: 'Dashed', Other_Phone: '212-555-0166' },
      { Last_Name: 'Plain', Mobile: '+12125550166' },
      { Last_Name: 'Digits', Phone: '2125550166' },
      // A German Contact's "2125550166" is +49 2125550166 (the record's own country): read, then dropped.
      { Last_Name: 'Berlin', Phone: '2125550166', Mailing_Country: 'Deutschland' },
    ]);
    expect(written.httpStatus).toBe(201);
    const us = await search('(212) 555-0166', 'US');
    expect(us.body.results.map((r) => r.name)).toEqual(['Plain', 'Digits', 'Dashed']);
    expect(us.calls.sort()).toEqual(['GET /Contacts', 'POST /coql', 'POST /coql', 'POST /coql']);
    // The visitor's country reads only what the agent typed; records without a country of their own are
    // read in the tenant's default (here the org's, US), so all three are this number.
    const de = await search('+1 212 555 0166', 'DE');
    expect(de.body.results.map((r) => r.name)).toEqual(['Plain', 'Digits', 'Dashed']);
    expect(de.calls).toContain('GET /Contacts');
  });
});

describe('screen pop', () => {
  it('identifies by phone with one COQL per module searched', async () => {
    const nobody = await screenPop({ phone: '+1 202 555 0199', name: 'Nobody' });
    expect(nobody.body).toMatchObject({ outcome: 'not_found', matches: [] });
    expect(nobody.calls).toEqual(['POST /coql', 'POST /coql']);

    const jane = await screenPop({ phone: '4155550100', country: 'US' });
    expect(jane.body.matches.map((r) => `${r.module}:${r.name}`)).toEqual([
      'Contacts:Jane Roe',
      'Accounts:Roe & Partners LLC',
    ]);
    // Identification is two calls; her account and the open Tasks and Cases of both are the rest.
    expect(jane.calls.slice(0, 2)).toEqual(['POST /coql', 'GET /Contacts']);
    expect(jane.calls).toHaveLength(7);
  });

  it("finds the Account by the tenant's phone rule with one COQL per module", async () => {
    await editSettings(env.acmeAdmin, 'acme', (s) => {
      s.identification.rules.Accounts = [{ kind: 'phone' }];
    });
    const account = await screenPop({ phone: '+1 415 555 0199' });
    expect(account.body.matches.map((r) => `${r.module}:${r.name}`)).toEqual(['Accounts:Roe & Partners LLC']);
    expect(account.calls.slice(0, 4)).toEqual(['POST /coql', 'POST /coql', 'POST /coql', 'GET /Accounts']);

    const nobody = await screenPop({ phone: '+1 202 555 0198' });
    expect(nobody.body).toMatchObject({ outcome: 'not_found', matches: [] });
    expect(nobody.calls).toEqual(['POST /coql', 'POST /coql', 'POST /coql']);
  });
});
