import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RunningZohoSim } from '../index.ts';
import { CrmClient } from './test-support/crm-client.ts';
import { errorBody, record, recordList, zonedTime } from './test-support/shapes.ts';
import { accessToken, startSim } from './test-support/sim-session.ts';

describe('CRM v2 get records', () => {
  let sim: RunningZohoSim;
  let alice: CrmClient;

  beforeAll(async () => {
    sim = await startSim();
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example'));
  });
  afterAll(() => sim.stop());

  it('pages with page/per_page and reports info', async () => {
    const first = recordList.parse((await alice.get('/Contacts?per_page=50')).body);
    expect(first.info).toEqual({ per_page: 50, count: 50, page: 1, more_records: true });
    // Acme's demo contacts: 200 generated plus the fixed Jane Roe, John Doe and Sam Sample.
    const last = recordList.parse((await alice.get('/Contacts?per_page=200&page=2')).body);
    expect(last.info).toEqual({ per_page: 200, count: 3, page: 2, more_records: false });
    const beyond = await alice.get('/Contacts?page=50');
    expect(beyond.status).toBe(204);
    expect(beyond.text).toBe('');
    const capped = recordList.parse((await alice.get('/Contacts?per_page=500')).body);
    expect(capped.info.per_page).toBe(200);
  });

  it('renders records with owner objects, zoned times and lookups', async () => {
    const list = recordList.parse((await alice.get('/Contacts?sort_order=asc&per_page=5')).body);
    const jane = list.data.find((r) => r.Full_Name === 'Jane Roe');
    expect(jane).toMatchObject({
      First_Name: 'Jane',
      Last_Name: 'Roe',
      Email: 'jane.roe@example.com',
      Phone: '+1 (415) 555-0100',
      Account_Name: { name: 'Roe & Partners LLC' },
      $approval_state: 'approved',
    });
    expect(jane?.Owner?.email).toMatch(/@(acme|consult)\.example$/);
    // Acme's zone is America/New_York: winter offset -05:00 or summer -04:00.
    expect(jane?.Created_Time).toMatch(/-0[45]:00$/);
  });

  it('sorts by id (default desc), Created_Time and Modified_Time', async () => {
    const desc = recordList.parse((await alice.get('/Leads?per_page=10')).body).data.map((r) => r.id);
    expect([...desc].sort().reverse()).toEqual(desc);
    const asc = recordList
      .parse((await alice.get('/Leads?per_page=10&sort_order=asc')).body)
      .data.map((r) => r.id);
    expect([...asc].sort()).toEqual(asc);
    const byCreated = recordList.parse(
      (await alice.get('/Leads?sort_by=Created_Time&sort_order=asc')).body,
    ).data;
    const times = byCreated.map((r) => Date.parse(String(r.Created_Time)));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const bad = await alice.get('/Leads?sort_by=Shoe_Size');
    expect(errorBody.parse(bad.body).code).toBe('INVALID_DATA');
  });

  it('`fields` limits the keys; id is always there', async () => {
    const list = recordList.parse((await alice.get('/Leads?fields=Last_Name,Email&per_page=3')).body);
    for (const r of list.data) expect(Object.keys(r).sort()).toEqual(['Email', 'Last_Name', 'id']);
  });

  it('If-Modified-Since filters, and answers 304 when nothing changed', async () => {
    const none = await alice.get('/Leads', { 'If-Modified-Since': '2099-01-01T00:00:00+05:30' });
    expect(none.status).toBe(304);
    const recent = recordList.parse(
      (await alice.get('/Leads', { 'If-Modified-Since': '2025-12-01T00:00:00Z' })).body,
    );
    expect(
      recent.data.every((r) => Date.parse(String(r.Modified_Time)) >= Date.parse('2025-12-01T00:00:00Z')),
    ).toBe(true);
  });

  it('`ids` selects records; cvid is accepted and ignored', async () => {
    const some = recordList.parse((await alice.get('/Accounts?per_page=3')).body).data.map((r) => r.id);
    const picked = recordList.parse((await alice.get(`/Accounts?ids=${some.join(',')}`)).body);
    expect(picked.data.map((r) => r.id).sort()).toEqual([...some].sort());
    expect((await alice.get('/Accounts?cvid=4150868000000087501&per_page=1')).status).toBe(200);
  });

  it('GET /{module}/{id} returns one record; unknown ids are 204', async () => {
    const [first] = recordList.parse((await alice.get('/Deals?per_page=1')).body).data;
    const one = z
      .strictObject({ data: z.array(record).length(1) })
      .parse((await alice.get(`/Deals/${first?.id}`)).body);
    expect(one.data[0]).toMatchObject({ id: first?.id, Deal_Name: first?.Deal_Name });
    expect(zonedTime.safeParse(one.data[0]?.Modified_Time).success).toBe(true);
    expect((await alice.get('/Deals/1234567000000000001')).status).toBe(204);
  });

  it('unknown module is INVALID_MODULE; the module path is case-insensitive', async () => {
    const res = await alice.get('/Spaceships');
    expect(res.status).toBe(400);
    expect(errorBody.parse(res.body)).toEqual({
      code: 'INVALID_MODULE',
      details: { resource_path_index: 0 },
      message: 'the module name given seems to be invalid',
      status: 'error',
    });
    expect((await alice.get('/leads?per_page=1')).status).toBe(200);
  });

  it('activities carry What_Id with $se_module and Who_Id', async () => {
    const calls = recordList.parse((await alice.get('/Calls?sort_order=asc&per_page=1')).body).data;
    expect(calls[0]).toMatchObject({
      Subject: 'Inbound call from Jane Roe',
      Who_Id: { name: 'Jane Roe' },
      What_Id: { name: 'Roe & Partners LLC' },
      $se_module: 'Accounts',
      Call_Duration: '05:12',
      Call_Duration_in_seconds: 312,
    });
  });
});
