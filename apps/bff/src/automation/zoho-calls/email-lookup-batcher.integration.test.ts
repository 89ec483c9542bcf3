import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConnectedStack,
  simFaults,
  simRequests,
  startConnectedStack,
} from '../../../test/start-connected-stack.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { EmailLookupBatcher } from './email-lookup-batcher.ts';

let env: ConnectedStack;
let client: ZohoClient;
const ids = new Map<string, string>();

beforeAll(async () => {
  env = await startConnectedStack();
  client = await getZohoClient(env.stack.deps, 'acme');
  // Just written: Zoho's search index would not show them yet; COQL reads the database.
  await simFaults(env.sim, { search_index_delay_seconds: 600 });
  const leads = [
    { Last_Name: 'One', Email: 'one@lookup.example' },
    { Last_Name: 'Two', Email: 'other@lookup.example', Secondary_Email: 'Two@Lookup.example' },
    { Last_Name: "O'Brien", Email: "o'brien@lookup.example" },
    { Last_Name: 'Twin A', Email: 'twin@lookup.example' },
    { Last_Name: 'Twin B', Email: 'twin@lookup.example' },
  ];
  const write = await client.insertRecords('Leads', leads);
  write.results.forEach((r, i) => ids.set(leads[i]?.Last_Name ?? '', String(r.details.id)));
});
afterAll(async () => {
  await env?.stop();
});

describe('EmailLookupBatcher against the simulator', () => {
  it("answers 30 concurrent lookups with one COQL and one read, each caller getting its address's records", async () => {
    const lookup = new EmailLookupBatcher(100).lookup(client);
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
    const calls = (await simRequests(env.sim, lastSeq)).requests.map(
      (r) => `${r.method} ${r.path.split('?')[0]}`,
    );
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatch(/^POST .*\/coql$/);
    expect(calls[1]).toMatch(/^GET .*\/Leads$/);
  });

  it('leaves other lookups to the plain client', async () => {
    const lookup = new EmailLookupBatcher(10).lookup(client);
    const found = await lookup({ by: 'id', module: 'Leads', id: ids.get('One') ?? '' });
    expect(found.map((r) => r.Email)).toEqual(['one@lookup.example']);
  });
});
