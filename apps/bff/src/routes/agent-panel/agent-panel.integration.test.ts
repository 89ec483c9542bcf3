import { randomUUID } from 'node:crypto';
import {
  getPanelConfig,
  getPanelRecord,
  getScreenPop,
  runAction,
  searchZoho,
} from '@cxc/shared/api/agent-panel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, failed, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import {
  type ConnectedStack,
  simRequests,
  startConnectedStack,
} from '../../../test/start-connected-stack.ts';

let env: ConnectedStack;
let alice: SignedInClient;
let carol: SignedInClient;
let sysadmin: SignedInClient;
const acme = { tenantId: 'acme' };

beforeAll(async () => {
  env = await startConnectedStack({ AGENT_PANEL_FRAME_ANCESTORS: "'self' https://console.example" });
  alice = await signIn(env.stack, 'alice@acme.example');
  carol = await signIn(env.stack, 'carol@globex.example');
  sysadmin = await signIn(env.stack, 'sysadmin@cx.example');
});
afterAll(async () => {
  await env.stop();
});

describe('access', () => {
  it("answers the tenant's own agent and its admin", async () => {
    expect(ok(await call(alice, getPanelConfig, acme)).embedOrigins).toEqual([
      "'self'",
      'https://console.example',
    ]);
    expect(ok(await call(env.acmeAdmin, getPanelConfig, acme)).dialUrlTemplate).toBe('tel:{number}');
  });

  it("gives another tenant's agent a 404 and Zoho nothing", async () => {
    const { lastSeq } = await simRequests(env.sim);
    const screenPop = failed(await call(carol, getScreenPop, acme, { query: { phone: '+14155550100' } }));
    expect(screenPop).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const search = failed(await call(carol, searchZoho, acme, { query: { by: 'phone', q: '4155550100' } }));
    expect(search.status).toBe(404);
    const action = failed(
      await call(
        carol,
        runAction,
        { ...acme, action: 'create_lead' },
        {
          body: { requestId: randomUUID(), context: { name: 'Mallory' }, values: { Last_Name: 'Mallory' } },
        },
      ),
    );
    expect(action.status).toBe(404);
    expect((await simRequests(env.sim, lastSeq)).requests).toEqual([]);
  });

  it('refuses the platform administrator (no tenant agent)', async () => {
    expect(failed(await call(sysadmin, getPanelConfig, acme)).status).toBe(403);
  });
});

describe('allowlist', () => {
  it('refuses a module the panel may not read, with a clear error', async () => {
    const error = failed(await call(alice, getPanelRecord, { ...acme, module: 'Deals', id: '1' }));
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(error.issues).toContainEqual({
      path: ['module'],
      code: 'invalid_value',
      message: 'The agent panel can only read Leads, Contacts and Accounts.',
    });
  });

  it('refuses an operation the panel may not run', async () => {
    const error = failed(
      await call(
        alice,
        runAction,
        { ...acme, action: 'delete_contact' },
        {
          body: { requestId: randomUUID(), context: {}, values: {} },
        },
      ),
    );
    expect(error.status).toBe(400);
    expect(error.issues).toContainEqual({
      path: ['action'],
      code: 'invalid_value',
      message: 'The agent panel can only create Leads, Contacts, Cases, Tasks, Calls and Notes.',
    });
  });

  it('offers no way to pass a URL or a host', async () => {
    const { lastSeq } = await simRequests(env.sim);
    const hostInQuery = failed(
      await call(alice, searchZoho, acme, { query: { by: 'phone', q: '4155550100', host: 'evil.example' } }),
    );
    expect(hostInQuery.issues).toContainEqual({
      path: ['host'],
      code: 'unrecognized_keys',
      message: 'Unknown field "host"',
    });
    const urlInBody = failed(
      await call(
        alice,
        runAction,
        { ...acme, action: 'create_lead' },
        {
          body: {
            requestId: randomUUID(),
            context: {},
            values: { Last_Name: 'X' },
            url: 'https://evil.example/crm/v2/Leads',
          },
        },
      ),
    );
    expect(urlInBody.issues.map((i) => i.path)).toContainEqual(['url']);
    const urlAsModule = failed(
      await call(alice, getPanelRecord, { ...acme, module: 'https://evil.example/Leads', id: '1' }),
    );
    expect(urlAsModule.status).toBe(400);
    expect((await simRequests(env.sim, lastSeq)).requests).toEqual([]);
  });
});

describe('embedding', () => {
  it('lets only the configured origins frame the panel page, nothing else', async () => {
    const panel = await env.stack.fetch('/agent/conversation?phone=1');
    expect(panel.headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self' https://console.example",
    );
    expect(panel.headers.get('x-frame-options')).toBeNull();
    const home = await env.stack.fetch('/agent');
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(home.headers.get('x-frame-options')).not.toBeNull();
  });
});

describe('search', () => {
  it.each(['4155550100', '+14155550100', '(415) 555-0100'])(
    'finds Jane Roe (Phone "+1 (415) 555-0100") from %s through the spellings Zoho may hold',
    async (q) => {
      const body = ok(await call(alice, searchZoho, acme, { query: { by: 'phone', q, country: 'US' } }));
      const jane = body.results.find((r) => r.module === 'Contacts' && r.name === 'Jane Roe');
      expect(jane).toMatchObject({ email: 'jane.roe@example.com', company: 'Roe & Partners LLC' });
      expect(jane?.url).toMatch(/\/crm\/tab\/Contacts\/\d+$/);
      expect(body.tried[0]).toBe('+14155550100');
      expect(body.tried).toContain('+1 (415) 555-0100');
    },
  );

  it('searches by e-mail and by name', async () => {
    const byEmail = ok(
      await call(alice, searchZoho, acme, { query: { by: 'email', q: 'jane.roe@example.com' } }),
    );
    expect(byEmail.results.map((r) => r.name)).toContain('Jane Roe');
    const byName = ok(await call(alice, searchZoho, acme, { query: { by: 'name', q: 'John Doe' } }));
    expect(byName.results.map((r) => r.module).sort()).toEqual(['Contacts', 'Leads']);
  });

  it('says plainly when a phone is not a number', async () => {
    const error = failed(await call(alice, searchZoho, acme, { query: { by: 'phone', q: 'call me' } }));
    expect(error.issues.map((i) => i.path)).toEqual([['q']]);
  });
});

describe('screen pop', () => {
  it('identifies the caller with the tenant rules and shows open cases', async () => {
    const body = ok(
      await call(alice, getScreenPop, acme, {
        query: { phone: '4155550100', country: 'US', channel: 'calls', conversationId: 'call-jane-1' },
      }),
    );
    expect(body.outcome).toBe('found');
    const [jane, account] = body.matches;
    expect(jane).toMatchObject({ module: 'Contacts', name: 'Jane Roe' });
    expect(jane?.openCases?.map((c) => c.subject)).toContain('Invoice shows wrong amount');
    expect(account).toMatchObject({ module: 'Accounts', name: 'Roe & Partners LLC' });
    expect(body.dialUrlTemplate).toBe('tel:{number}');
    expect(body.mode).toBe('manual');
  });

  it("finds the Account by the tenant's company rule when no person matches", async () => {
    const body = ok(
      await call(alice, getScreenPop, acme, { query: { name: 'New Person', company: 'Roe & Partners LLC' } }),
    );
    expect(body.outcome).toBe('found');
    expect(body.matches.map((m) => `${m.module}:${m.name}`)).toEqual(['Accounts:Roe & Partners LLC']);
  });

  it('says so when nobody matches', async () => {
    const body = ok(
      await call(alice, getScreenPop, acme, { query: { phone: '+1 202 555 0199', name: 'Nobody' } }),
    );
    expect(body).toMatchObject({ outcome: 'not_found', matches: [] });
  });
});
