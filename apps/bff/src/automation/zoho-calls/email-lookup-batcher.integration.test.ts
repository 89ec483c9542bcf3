import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simRequests } from '../../../test/start-connected-stack.ts';
import { type LookupFixture, startLookupFixture } from '../../../test/lookup-fixture.ts';
import { BatchedLookups } from './batched-lookups.ts';

let fixture: LookupFixture;
let env: LookupFixture['env'];
let client: LookupFixture['client'];
let ids: LookupFixture['ids'];

beforeAll(async () => {
  fixture = await startLookupFixture('Leads', [
    { Last_Name: 'One', Email: 'one@lookup.example' },
    { Last_Name: 'Two', Email: 'other@lookup.example', Secondary_Email: 'Two@Lookup.example' },
    { Last_Name: "O'Brien", Email: "o'brien@lookup.example" },
    { Last_Name: 'Twin A', Email: 'twin@lookup.example' },
    { Last_Name: 'Twin B', Email: 'twin@lookup.example' },
  ]);
  ({ env, client, ids } = fixture);
});
afterAll(async () => {
  await env?.stop();
});

describe('EmailLookupBatcher against the simulator', () => {
  it("answers 30 concurrent lookups with one COQL and one read, each caller getting its address's records", async () => {
    const lookup = new BatchedLookups(100).lookup(client);
    const { lastSeq } = await simRequests(env.sim);
    const unknown = Array.from({ length: 25 }, (_, n) => `nobody${n}@lookup.example`);
    const [one, two, obrien, twins, ...rest] = await Promise.all(
      [
        'ONE@lookup.example',
        'two@lookup.example',
        "o'brien@lookup.example",
        'twin@lookup.example',
        ...unknown,
      ].map((email) => lookup({ by: 'email', module: 'Leads', email })),
    );
    expect(one?.map((r) => r.id)).toEqual([ids.get('One')]);
    expect(two?.map((r) => r.id)).toEqual([ids.get('Two')]);
    expect(two?.[0]?.Last_Name).toBe('Two');
    expect(obrien?.map((r) => r.id)).toEqual([ids.get("O'Brien")]);
    expect(twins?.map((r) => r.id).sort()).toEqual([ids.get('Twin A'), ids.get('Twin B')].sort());
    expect(rest.every((records) => records.length === 0)).toBe(true);
    const calls = await fixture.callsSince(lastSeq);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatch(/^POST .*\/coql$/);
    expect(calls[1]).toMatch(/^GET .*\/Leads$/);
  });

  it('leaves other lookups to the plain client', async () => {
    const lookup = new BatchedLookups(10).lookup(client);
    const found = await lookup({ by: 'id', module: 'Leads', id: ids.get('One') ?? '' });
    expect(found.map((r) => r.Email)).toEqual(['one@lookup.example']);
  });
});
