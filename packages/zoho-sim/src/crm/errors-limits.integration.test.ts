import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningZohoSim } from '../index.ts';
import { CrmClient, simControl } from './test-support/crm-client.ts';
import { errorBody } from './test-support/shapes.ts';
import { accessToken, startSim } from './test-support/sim-session.ts';

const ACME = '700100100';

describe('CRM v2 whole-request errors and org limits', () => {
  let sim: RunningZohoSim;
  let alice: CrmClient;

  beforeAll(async () => {
    sim = await startSim();
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example'));
  });
  afterAll(() => sim.stop());

  async function expectError(res: Promise<{ status: number; body: unknown }>, status: number, code: string) {
    const r = await res;
    expect(r.status).toBe(status);
    expect(errorBody.parse(r.body).code).toBe(code);
  }

  it('authentication: missing header, unknown token, token used at another DC', async () => {
    await expectError(new CrmClient(sim, undefined).get('/Leads'), 401, 'AUTHENTICATION_FAILURE');
    await expectError(new CrmClient(sim, '1000.deadbeef.cafebabe').get('/Leads'), 401, 'INVALID_TOKEN');
    await expectError(new CrmClient(sim, alice.token, 'eu').get('/Leads'), 401, 'INVALID_TOKEN');
  });

  it('routing: unknown paths, unknown modules, wrong methods, unreadable bodies', async () => {
    await expectError(alice.get('/Leads/1/2/3'), 404, 'INVALID_URL_PATTERN');
    await expectError(alice.get('/settings/layouts-of-doom'), 404, 'INVALID_URL_PATTERN');
    await expectError(alice.get('/Spaceships'), 400, 'INVALID_MODULE');
    await expectError(alice.call('PATCH', '/Leads'), 400, 'INVALID_REQUEST_METHOD');
    await expectError(alice.get('/coql'), 400, 'INVALID_REQUEST_METHOD');
    await expectError(
      alice.call('POST', '/Leads', {
        rawBody: '{"data": [',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'INVALID_DATA',
    );
  });

  it('credits: X-API-CREDITS-REMAINING from half the limit, 429 when spent, back after 24 h', async () => {
    expect((await simControl(sim, 'POST', '/crm/limits', { orgId: ACME, credits: 4 })).status).toBe(200);
    const first = await alice.get('/Leads?per_page=1');
    expect(first.headers.get('x-api-credits-remaining')).toBeNull();
    const second = await alice.get('/Leads?per_page=1');
    expect(second.headers.get('x-api-credits-remaining')).toBe('2');
    await alice.get('/Leads?per_page=1');
    expect((await alice.get('/Leads?per_page=1')).headers.get('x-api-credits-remaining')).toBe('0');
    const spent = await alice.get('/Leads?per_page=1');
    expect(spent.status).toBe(429);
    expect(errorBody.parse(spent.body).code).toBe('TOO_MANY_REQUESTS');
    const status = await simControl(sim, 'GET', `/crm/limits/${ACME}`);
    expect(status.body).toMatchObject({ creditLimit: 4, creditsUsed: 4 });
    await simControl(sim, 'POST', '/clock', { advance_seconds: 24 * 3600 });
    // The access token expired with the jump (1 h); the spent credits have left the window.
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example'));
    expect((await alice.get('/Leads?per_page=1')).status).toBe(200);
    await simControl(sim, 'POST', '/crm/limits', { orgId: ACME, credits: null });
    expect((await simControl(sim, 'GET', `/crm/limits/${ACME}`)).body.creditLimit).toBe(50_000 + 4 * 1_000);
  });

  it('concurrency: a call in flight holds a slot; the next is 429 until it ends', async () => {
    await simControl(sim, 'POST', '/crm/limits', { orgId: ACME, concurrency: 1 });
    const url = new URL(`${alice.apiBase}/Leads`);
    let finish: (status: number) => void = () => undefined;
    const done = new Promise<number>((resolve) => (finish = resolve));
    const slow = request(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Zoho-oauthtoken ${alice.token}`,
          'content-type': 'application/json',
          'transfer-encoding': 'chunked',
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => finish(res.statusCode ?? 0));
      },
    );
    slow.write('{"data":[{"Last_Name":');
    // Wait (no timing assertion) until the simulator counts the upload as in flight.
    for (let i = 0; i < 200; i++) {
      const s = await simControl(sim, 'GET', `/crm/limits/${ACME}`);
      if (s.body.inFlight === 1) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await expectError(alice.get('/Leads?per_page=1'), 429, 'TOO_MANY_REQUESTS');
    slow.end('"Slow"}]}');
    expect(await done).toBe(201);
    expect((await alice.get('/Leads?per_page=1')).status).toBe(200);
    await simControl(sim, 'POST', '/crm/limits', { orgId: ACME, concurrency: null });
  });

  it('sub-concurrency applies to the complex APIs only (search, COQL, sorted lists, big batches)', async () => {
    await simControl(sim, 'POST', '/crm/limits', { orgId: ACME, subConcurrency: 0 });
    await expectError(alice.get('/Leads/search?word=Trattoria'), 429, 'TOO_MANY_REQUESTS');
    await expectError(
      alice.post('/coql', { select_query: 'select Last_Name from Leads where id is not null' }),
      429,
      'TOO_MANY_REQUESTS',
    );
    await expectError(alice.get('/Leads?sort_by=Created_Time'), 429, 'TOO_MANY_REQUESTS');
    expect((await alice.get('/Leads?per_page=1')).status).toBe(200);
    await simControl(sim, 'POST', '/crm/limits', { orgId: ACME, subConcurrency: null });
    expect((await alice.get('/Leads/search?word=Trattoria')).status).toBe(200);
  });

  it('the request log records each call with its org and credits', async () => {
    await simControl(sim, 'DELETE', '/requests');
    await alice.get('/Leads?per_page=1');
    await expectError(alice.get('/Spaceships'), 400, 'INVALID_MODULE');
    const log = (await simControl(sim, 'GET', '/requests?host=api')).body.requests as {
      path: string;
      status: number;
      credits: number;
      orgId?: string;
    }[];
    expect(log.map((r) => [r.status, r.credits, r.orgId])).toEqual([
      [200, 1, ACME],
      [400, 0, ACME],
    ]);
  });
});
