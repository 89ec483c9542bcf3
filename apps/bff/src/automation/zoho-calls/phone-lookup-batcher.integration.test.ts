import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simRequests } from '../../../test/start-connected-stack.ts';
import { type LookupFixture, startLookupFixture } from '../../../test/lookup-fixture.ts';
import { BatchedLookups } from './batched-lookups.ts';

let fixture: LookupFixture;
let env: LookupFixture['env'];
let client: LookupFixture['client'];
let ids: LookupFixture['ids'];

beforeAll(async () => {
  // The same kind of numbers written the ways people type them, in different phone fields.
  fixture = await startLookupFixture('Contacts', [
    { Last_Name: 'National', Phone: '(212) 555-0101' },
    { Last_Name: 'Mobile', Mobile: '+1 212 555 0102' },
    { Last_Name: 'ZeroZero', Home_Phone: '0049 30 5550103' },
    { Last_Name: 'Shared A', Phone: '+12125550104' },
    { Last_Name: 'Shared B', Other_Phone: '+1-212-555-0104' },
    // Office lines with an extension: Zoho keeps the text as typed.
    { Last_Name: 'Ext Intl', Phone: '+1 212 555 0105 ext. 12' },
    { Last_Name: 'Ext National', Phone: '(212) 555-0106 x12' },
    { Last_Name: 'Ext Rfc', Other_Phone: '212-555-0107;ext=12' },
    { Last_Name: 'Ext London', Asst_Phone: '+44 20 7946 0958 #123' },
  ]);
  ({ env, client, ids } = fixture);
});
afterAll(async () => {
  await env?.stop();
});

describe('phone lookups batched against the simulator', () => {
  it('finds every spelling in every phone field for 20 numbers with one COQL (and one read)', async () => {
    const lookup = new BatchedLookups(100).lookup(client);
    const { lastSeq } = await simRequests(env.sim);
    const unknown = Array.from({ length: 16 }, (_, n) => `+1 646 555 ${String(n).padStart(4, '0')}`);
    const fields = ['Phone', 'Mobile', 'Home_Phone', 'Other_Phone'];
    const numbers = ['+12125550101', '+12125550102', '+49305550103', '+12125550104', ...unknown];
    const [national, mobile, zeroZero, shared, ...rest] = await Promise.all(
      numbers.map((phone) => lookup({ by: 'phone', module: 'Contacts', phone, fields })),
    );
    expect(national?.map((r) => r.id)).toEqual([ids.get('National')]);
    expect(national?.[0]?.Last_Name).toBe('National');
    expect(mobile?.map((r) => r.id)).toEqual([ids.get('Mobile')]);
    expect(zeroZero?.map((r) => r.id)).toEqual([ids.get('ZeroZero')]);
    expect(shared?.map((r) => r.id).sort()).toEqual([ids.get('Shared A'), ids.get('Shared B')].sort());
    expect(rest.every((records) => records.length === 0)).toBe(true);
    const calls = await fixture.callsSince(lastSeq);
    // One for every spelling of the 20; then, for the 16 nobody matched, the prefixes of a number stored
    // with an extension (3 spellings × 2 office-line fields × 16 = 96 criteria: 4 queries of 25).
    expect(calls.filter((c) => c.endsWith('/coql'))).toHaveLength(1 + 4);
    expect(calls.filter((c) => c.startsWith('GET'))).toHaveLength(1);
    expect(calls).toHaveLength(6);
  });

  it.each([
    ['+12125550105', 'Ext Intl'],
    ['+12125550106', 'Ext National'],
    ['+12125550107', 'Ext Rfc'],
    ['+442079460958', 'Ext London'],
  ])('finds %s stored with an extension (%s) in the one COQL of a lone caller', async (phone, name) => {
    const lookup = new BatchedLookups(10).lookup(client);
    const { lastSeq } = await simRequests(env.sim);
    const fields = ['Phone', 'Mobile', 'Home_Phone', 'Other_Phone', 'Asst_Phone'];
    const found = await lookup({ by: 'phone', module: 'Contacts', phone, fields });
    expect(found.map((r) => r.id)).toEqual([ids.get(name)]);
    expect((await fixture.callsSince(lastSeq)).filter((c) => c.endsWith('/coql'))).toHaveLength(1);
  });

  it('finds a caller stored with an extension in a busy batch too, in the round for the unmatched', async () => {
    const lookup = new BatchedLookups(100).lookup(client);
    const fields = ['Phone', 'Other_Phone'];
    const numbers = ['+12125550101', '+12125550106', '+12125550107', '+1 646 555 0999', '+1 646 555 0998'];
    const found = await Promise.all(
      numbers.map((phone) => lookup({ by: 'phone', module: 'Contacts', phone, fields })),
    );
    expect(found.map((records) => records.map((r) => r.Last_Name))).toEqual([
      ['National'],
      ['Ext National'],
      ['Ext Rfc'],
      [],
      [],
    ]);
  });

  it("splits a batch past Zoho's 25 criteria per query into several queries, each caller still answered", async () => {
    const lookup = new BatchedLookups(100).lookup(client);
    const { lastSeq } = await simRequests(env.sim);
    const fields = ['Phone', 'Mobile', 'Home_Phone', 'Other_Phone', 'Asst_Phone'];
    const numbers = Array.from({ length: 60 }, (_, n) => `+1 917 555 ${String(n).padStart(4, '0')}`);
    const found = await Promise.all(
      [...numbers, '+1 212 555 0101'].map((phone) =>
        lookup({ by: 'phone', module: 'Contacts', phone, fields }),
      ),
    );
    expect(found.at(-1)?.map((r) => r.id)).toEqual([ids.get('National')]);
    expect(found.slice(0, -1).every((records) => records.length === 0)).toBe(true);
    const coql = (await fixture.callsSince(lastSeq)).filter((c) => c.endsWith('/coql'));
    // 61 numbers × ~12 spellings × 5 fields need several queries, but far fewer than one per number; the
    // 60 nobody matched add their extension prefixes (3 × 3 office-line fields × 60 = 540 criteria: 22).
    expect(coql.length).toBeGreaterThan(1 + 22);
    expect(coql.length).toBeLessThan(15 + 22);
  });

  it('answers a number that does not parse with a plain search', async () => {
    const lookup = new BatchedLookups(10).lookup(client);
    await expect(lookup({ by: 'phone', module: 'Contacts', phone: 'ext. call me' })).resolves.toEqual([]);
  });
});
