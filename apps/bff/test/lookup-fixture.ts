import { getZohoClient } from '../src/zoho/get-zoho-client.ts';
import type { ZohoClient } from '../src/zoho/zoho-client.ts';
import { type ConnectedStack, simFaults, simRequests, startConnectedStack } from './start-connected-stack.ts';

export interface LookupFixture {
  env: ConnectedStack;
  client: ZohoClient;
  /** The written records' ids by Last_Name. */
  ids: Map<string, string>;
  /** `METHOD /path` of every Zoho call since `seq` (from `simRequests(env.sim)`). */
  callsSince(seq: number): Promise<string[]>;
}

/**
 * The lookup batchers' tests' common start: Acme connected to a simulator whose search index lags ten
 * minutes, so only COQL (which reads the database, as at Zoho) can find `records`, written to `module`
 * just before.
 */
export async function startLookupFixture(
  module: string,
  records: ({ Last_Name: string } & Record<string, string>)[],
): Promise<LookupFixture> {
  const env = await startConnectedStack();
  const client = await getZohoClient(env.stack.deps, 'acme');
  await simFaults(env.sim, { search_index_delay_seconds: 600 });
  const write = await client.insertRecords(module, records);
  const ids = new Map(write.results.map((r, i) => [records[i]?.Last_Name ?? '', String(r.details.id)]));
  return {
    env,
    client,
    ids,
    callsSince: async (seq) =>
      (await simRequests(env.sim, seq)).requests.map((r) => `${r.method} ${r.path.split('?')[0]}`),
  };
}
