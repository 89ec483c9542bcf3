import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningZohoSim } from '../index.ts';
import { CrmClient, simControl } from './test-support/crm-client.ts';
import { errorBody, recordList, writeResult, writeSuccess } from './test-support/shapes.ts';
import { accessToken, startSim } from './test-support/sim-session.ts';

const ACME = '700100100';
const q = encodeURIComponent;

describe('CRM v2 search', () => {
  let sim: RunningZohoSim;
  let alice: CrmClient;

  beforeAll(async () => {
    sim = await startSim();
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example'));
  });
  afterAll(() => sim.stop());

  async function names(path: string): Promise<string[]> {
    const res = await alice.get(path);
    if (res.status === 204) return [];
    return recordList.parse(res.body).data.map((r) => String(r.Full_Name ?? r.Account_Name));
  }

  it('criteria: equals, starts_with, and/or', async () => {
    expect(await names(`/Contacts/search?criteria=${q('(Last_Name:equals:Roe)')}`)).toEqual(['Jane Roe']);
    expect(await names(`/Contacts/search?criteria=${q('(Email:equals:JANE.ROE@example.com)')}`)).toEqual([
      'Jane Roe',
    ]);
    const ro = await names(`/Contacts/search?criteria=${q('(Last_Name:starts_with:Ro)')}`);
    expect(ro).toContain('Jane Roe');
    expect(ro.every((n) => /\bRo/i.test(n))).toBe(true);
    expect(
      await names(`/Contacts/search?criteria=${q('((First_Name:equals:Jane)and(Last_Name:equals:Roe))')}`),
    ).toEqual(['Jane Roe']);
    expect(
      (
        await names(`/Contacts/search?criteria=${q('((Last_Name:equals:Roe)or(Last_Name:equals:Doe))')}`)
      ).sort(),
    ).toEqual(['Jane Roe', 'John Doe']);
  });

  it('equals is exact alone but a word match inside a multi-condition criteria (Zoho v2 quirk)', async () => {
    expect(await names(`/Contacts/search?criteria=${q('(Account_Name:equals:Roe)')}`)).toEqual([]);
    expect(
      await names(`/Contacts/search?criteria=${q('((Account_Name:equals:Roe)and(First_Name:equals:Jane))')}`),
    ).toEqual(['Jane Roe']);
  });

  it('backslash-escaped , ( ) in values; 10 conditions at most', async () => {
    await alice.post('/Accounts', { data: [{ Account_Name: 'Burns, Smith (UK)' }] });
    expect(
      await names(`/Accounts/search?criteria=${q('(Account_Name:equals:Burns\\, Smith \\(UK\\))')}`),
    ).toEqual(['Burns, Smith (UK)']);
    const unescaped = await alice.get(
      `/Accounts/search?criteria=${q('(Account_Name:equals:Burns, Smith (UK))')}`,
    );
    expect(errorBody.parse(unescaped.body).code).toBe('INVALID_QUERY');
    const eleven = `(${Array.from({ length: 11 }, (_, i) => `(Last_Name:equals:N${i})`).join('or')})`;
    const tooMany = await alice.get(`/Contacts/search?criteria=${q(eleven)}`);
    expect(tooMany.status).toBe(400);
    expect(errorBody.parse(tooMany.body).code).toBe('LIMIT_EXCEEDED');
    const badField = await alice.get(`/Contacts/search?criteria=${q('(Shoe_Size:equals:42)')}`);
    expect(errorBody.parse(badField.body).code).toBe('INVALID_QUERY');
    const v4Operator = await alice.get(`/Contacts/search?criteria=${q('(Last_Name:not_equal:Roe)')}`);
    expect(errorBody.parse(v4Operator.body).code).toBe('INVALID_QUERY');
  });

  it('email= searches every email field', async () => {
    const res = await alice.post('/Contacts', {
      data: [
        { Last_Name: 'Second', Email: 'first@example.net', Secondary_Email: 'second.inbox@example.net' },
      ],
    });
    expect(res.status).toBe(201);
    expect(await names('/Contacts/search?email=second.inbox@example.net')).toEqual(['Second']);
  });

  it('phone= matches the stored string exactly in any phone field: no normalisation', async () => {
    expect(await names(`/Contacts/search?phone=${q('+1 (415) 555-0100')}`)).toEqual(['Jane Roe']);
    expect(await names(`/Contacts/search?phone=${q('+1 415 555 0101')}`)).toEqual(['Jane Roe']);
    expect(await names('/Contacts/search?phone=4155550100')).toEqual([]);
    expect(await names('/Contacts/search?phone=4155550134')).toEqual(['John Doe']);
    expect(await names(`/Leads/search?phone=${q('+1 415 555 0134')}`)).toEqual(['John Doe']);
    expect(await names(`/Leads/search?phone=${q('+39 347 123 4567')}`)).toEqual(['Marco Rossi']);
    expect(await names(`/Leads/search?phone=${q('030 1234567')}`)).toEqual(['Klaus Becker']);
  });

  it('word= searches text anywhere; nothing found is 204 with no body', async () => {
    expect(await names('/Leads/search?word=Trattoria')).toEqual(['Marco Rossi']);
    const none = await alice.get('/Leads/search?word=zzzzqqqq');
    expect(none.status).toBe(204);
    expect(none.text).toBe('');
  });

  it('parameter errors: under 2 characters, none given', async () => {
    const short = await alice.get('/Leads/search?email=a');
    expect(short.status).toBe(400);
    expect(errorBody.parse(short.body).code).toBe('INVALID_DATA');
    const missing = await alice.get('/Leads/search');
    expect(errorBody.parse(missing.body).code).toBe('EXPECTED_PARAM_MISSING');
  });

  it('needs ZohoSearch.securesearch.READ besides the module scope', async () => {
    const noSearch = new CrmClient(
      sim,
      await accessToken(sim, 'alice@acme.example', { scope: 'ZohoCRM.modules.ALL' }),
    );
    const res = await noSearch.get('/Leads/search?word=Trattoria');
    expect(res.status).toBe(401);
    expect(errorBody.parse(res.body).code).toBe('OAUTH_SCOPE_MISMATCH');
  });

  it('fresh records stay invisible to search for the index delay, but not to get or COQL', async () => {
    await simControl(sim, 'POST', '/faults', { search_index_delay_seconds: 60 });
    const res = await alice.post('/Contacts', {
      data: [{ Last_Name: 'Fresh', Email: 'fresh.one@example.com' }],
    });
    const id = writeSuccess.parse(writeResult.parse(res.body).data[0]).details.id;
    expect((await alice.get('/Contacts/search?email=fresh.one@example.com')).status).toBe(204);
    expect((await alice.get(`/Contacts/${id}`)).status).toBe(200);
    const coql = await alice.post('/coql', {
      select_query: "select Last_Name from Contacts where Email = 'fresh.one@example.com'",
    });
    expect(coql.status).toBe(200);
    await simControl(sim, 'POST', '/clock', { advance_seconds: 61 });
    expect(await names('/Contacts/search?email=fresh.one@example.com')).toEqual(['Fresh']);
    await simControl(sim, 'DELETE', '/faults');
  });

  it('reaches at most 2,000 results: the page after them is LIMIT_REACHED', async () => {
    const gen = await simControl(sim, 'POST', '/generate', { org_id: ACME, module: 'Leads', count: 3000 });
    expect(gen.body.added).toBe(3000);
    const page10 = recordList.parse(
      (await alice.get('/Leads/search?word=example&page=10&per_page=200')).body,
    );
    expect(page10.info).toEqual({ per_page: 200, count: 200, page: 10, more_records: true });
    const page11 = await alice.get('/Leads/search?word=example&page=11&per_page=200');
    expect(page11.status).toBe(400);
    expect(errorBody.parse(page11.body).code).toBe('LIMIT_REACHED');
  });
});
