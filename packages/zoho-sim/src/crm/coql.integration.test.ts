import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningZohoSim } from '../index.ts';
import { CrmClient, simControl } from './test-support/crm-client.ts';
import { coqlResult, errorBody } from './test-support/shapes.ts';
import { accessToken, startSim } from './test-support/sim-session.ts';

describe('CRM v2 COQL', () => {
  let sim: RunningZohoSim;
  let alice: CrmClient;

  beforeAll(async () => {
    sim = await startSim();
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example'));
  });
  afterAll(() => sim.stop());

  const query = (select_query: string) => alice.post('/coql', { select_query });
  const rows = async (select: string) => coqlResult.parse((await query(select)).body).data;

  it('selects fields with =, lookups as {id}, times in the org zone', async () => {
    const res = await query(
      "select Last_Name, First_Name, Account_Name, Owner, Created_Time from Contacts where Email = 'jane.roe@example.com'",
    );
    expect(res.status).toBe(200);
    const body = coqlResult.parse(res.body);
    expect(body.info).toEqual({ count: 1, more_records: false });
    expect(body.data[0]).toMatchObject({
      Last_Name: 'Roe',
      First_Name: 'Jane',
      Account_Name: { id: expect.any(String) as string },
      Owner: { id: expect.any(String) as string },
    });
    expect(Object.keys(body.data[0] ?? {}).sort()).toEqual([
      'Account_Name',
      'Created_Time',
      'First_Name',
      'Last_Name',
      'Owner',
      'id',
    ]);
    expect(body.data[0]?.Created_Time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[45]:00$/);
  });

  it('supports !=, like with %, in, is null, comparisons and grouped and/or', async () => {
    const like = await rows("select Full_Name from Leads where Company like 'Trattoria%'");
    expect(like.map((r) => r.Full_Name)).toEqual(['Marco Rossi']);
    const inList = await rows("select Last_Name from Contacts where Last_Name in ('Roe', 'Doe')");
    expect(inList.map((r) => r.Last_Name).sort()).toEqual(['Doe', 'Roe']);
    const nulls = await rows(
      'select Full_Name from Leads where ((Phone is null and Email is null) and Mobile is not null)',
    );
    expect(nulls.map((r) => r.Full_Name)).toContain('Marco Rossi');
    const big = await rows(
      'select Account_Name, Employees from Accounts where Employees > 4000 order by Employees desc limit 5',
    );
    const sizes = big.map((r) => Number(r.Employees));
    expect(sizes.every((n) => n > 4000)).toBe(true);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    const not = await rows(
      "select Last_Name from Contacts where (Last_Name = 'Roe' or Last_Name = 'Doe') and First_Name != 'John'",
    );
    expect(not.map((r) => r.Last_Name)).toEqual(['Roe']);
    const dotted = await rows(
      "select Last_Name, Account_Name.Account_Name from Contacts where Last_Name = 'Roe'",
    );
    expect(dotted[0]?.['Account_Name.Account_Name']).toBe('Roe & Partners LLC');
  });

  it('finds a phone in any listed spelling and field in one query; text compared exactly', async () => {
    const spellings = "('+14155550100', '+1 (415) 555-0100', '+1 415 555 0101', '4155550100')";
    const found = await rows(
      `select Phone, Mobile from Contacts where (Phone in ${spellings} or Mobile in ${spellings})`,
    );
    expect(found).toEqual([
      { Phone: '+1 (415) 555-0100', Mobile: '+1 415 555 0101', id: expect.any(String) as string },
    ]);
    // No normalisation: an unlisted spelling of the same number finds nothing (204).
    const other = await query("select Phone from Contacts where Phone in ('+14155550100', '(415) 555-0100')");
    expect(other.status).toBe(204);
    // A doubled quote is one quote inside the value.
    expect((await query("select Phone from Contacts where Phone in ('O''Brien', 'x')")).status).toBe(204);
  });

  it('takes at most 25 criteria in WHERE (LIMIT_EXCEEDED beyond) and 50 values per in', async () => {
    const where = (n: number): string =>
      n === 1 ? "Phone = '+1 (415) 555-0100'" : `(Phone = '0${n}' or ${where(n - 1)})`;
    const ok25 = await rows(`select Phone from Contacts where ${where(25)}`);
    expect(ok25.map((r) => r.Phone)).toEqual(['+1 (415) 555-0100']);
    const over = await query(`select Phone from Contacts where ${where(26)}`);
    expect(over.status).toBe(400);
    expect(errorBody.parse(over.body)).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      details: { clause: 'where', limit: 25 },
    });
    const values = (n: number) => Array.from({ length: n }, (_, i) => `'0${i}'`).join(', ');
    expect((await query(`select Phone from Contacts where Phone in (${values(50)})`)).status).toBe(204);
    const tooMany = await query(`select Phone from Contacts where Phone in (${values(51)})`);
    expect(errorBody.parse(tooMany.body).code).toBe('LIMIT_EXCEEDED');
  });

  it('LIMIT offset, n pages through results; more_records tells when to stop', async () => {
    const first = coqlResult.parse(
      (await query('select Last_Name from Leads where Last_Name is not null order by id limit 0, 150')).body,
    );
    expect(first.info).toEqual({ count: 150, more_records: true });
    const rest = coqlResult.parse(
      (await query('select Last_Name from Leads where Last_Name is not null order by id limit 150, 150'))
        .body,
    );
    expect(rest.info.more_records).toBe(false);
    expect(new Set([...first.data, ...rest.data].map((r) => r.id)).size).toBe(
      first.info.count + rest.info.count,
    );
  });

  it('v2 answers at most 200 rows a call (the default too); more come 200 at a time through the offset', async () => {
    const all = 'select Last_Name from Leads where Last_Name is not null order by id';
    const first = coqlResult.parse((await query(all)).body);
    expect(first.info).toEqual({ count: 200, more_records: true });
    const second = coqlResult.parse((await query(`${all} limit 200, 200`)).body);
    expect(second.info.count).toBeGreaterThan(0);
    const same = coqlResult.parse((await query(`${all} limit 200 offset 200`)).body);
    expect(same.data.map((r) => r.id)).toEqual(second.data.map((r) => r.id));
    expect(new Set([...first.data, ...second.data].map((r) => r.id)).size).toBe(200 + second.info.count);
  });

  it('no rows is 204', async () => {
    const res = await query("select Last_Name from Leads where Last_Name = 'Nobody-At-All'");
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
  });

  it('errors: SYNTAX_ERROR, INVALID_QUERY, LIMIT_EXCEEDED, DUPLICATE_DATA', async () => {
    const cases: [string, string][] = [
      ['select Last_Name from Leads', 'SYNTAX_ERROR'],
      ['select Last_Name Leads where id is not null', 'SYNTAX_ERROR'],
      ["update Leads set Last_Name = 'x' where id = 1", 'SYNTAX_ERROR'],
      ["select Last_Name from Leads where Last_Name = 'a' and Company = 'b' and Email = 'c'", 'SYNTAX_ERROR'],
      ['select Testing from Leads where id is not null', 'INVALID_QUERY'],
      ["select Last_Name from Leads where No_of_Employees = 'lots'", 'INVALID_QUERY'],
      ["select Last_Name from Leads where Last_Name >= 'a'", 'INVALID_QUERY'],
      ['select Last_Name from Spaceships where id is not null', 'INVALID_QUERY'],
      ['select Last_Name from Leads where id is not null limit 201', 'LIMIT_EXCEEDED'],
      ['select Last_Name from Leads where id is not null limit 200, 201', 'LIMIT_EXCEEDED'],
      ['select Last_Name from Leads where id is not null limit 201 offset 0', 'LIMIT_EXCEEDED'],
      ['select Last_Name from Leads where id is not null limit 0', 'LIMIT_EXCEEDED'],
      ['select Last_Name from Leads where id is not null limit 9990, 20', 'LIMIT_EXCEEDED'],
      ['select Last_Name, Last_Name from Leads where id is not null', 'DUPLICATE_DATA'],
    ];
    for (const [select, code] of cases) {
      const res = await query(select);
      expect(res.status, select).toBe(400);
      expect(errorBody.parse(res.body).code, select).toBe(code);
    }
    const syntax = errorBody.parse((await query('select Last_Name from Leads')).body);
    expect(syntax.details).toMatchObject({ line: 1, clause: 'where' });
    const missing = await alice.post('/coql', {});
    expect(errorBody.parse(missing.body).code).toBe('MANDATORY_NOT_FOUND');
  });

  it('refuses multi-line fields in WHERE (they may be selected) and the Notes module', async () => {
    const inWhere = await query("select id from Tasks where Description like '%cxc-%'");
    expect(inWhere.status).toBe(400);
    expect(errorBody.parse(inWhere.body)).toMatchObject({
      code: 'INVALID_QUERY',
      details: { column_name: 'Description' },
    });
    const isNull = await query('select id from Leads where Description is not null');
    expect(errorBody.parse(isNull.body).code).toBe('INVALID_QUERY');
    const selected = await query('select Description from Leads where id is not null limit 1');
    expect(selected.status).toBe(200);
    const notes = await query('select Note_Content from Notes where id is not null');
    expect(notes.status).toBe(400);
    expect(errorBody.parse(notes.body).code).toBe('INVALID_QUERY');
  });

  it('costs one credit up to the v2 LIMIT of 200 and needs coql.READ plus the module scope', async () => {
    await simControl(sim, 'DELETE', '/requests');
    for (const limit of [1, 199, 200])
      await query(`select Last_Name from Leads where id is not null limit ${limit}`);
    const log = await simControl(sim, 'GET', '/requests?host=api');
    const credits = (log.body.requests as { path: string; credits: number }[])
      .filter((r) => r.path.endsWith('/coql'))
      .map((r) => r.credits);
    expect(credits).toEqual([1, 1, 1]);
    const noCoql = new CrmClient(
      sim,
      await accessToken(sim, 'alice@acme.example', { scope: 'ZohoCRM.modules.ALL' }),
    );
    expect(
      (await noCoql.post('/coql', { select_query: 'select Last_Name from Leads where id is not null' }))
        .status,
    ).toBe(401);
    const noModule = new CrmClient(
      sim,
      await accessToken(sim, 'alice@acme.example', {
        scope: 'ZohoCRM.coql.READ,ZohoCRM.modules.contacts.READ',
      }),
    );
    expect(
      (await noModule.post('/coql', { select_query: 'select Last_Name from Leads where id is not null' }))
        .status,
    ).toBe(401);
    expect(
      (await noModule.post('/coql', { select_query: 'select Last_Name from Contacts where id is not null' }))
        .status,
    ).toBe(200);
  });
});
