import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConnectedStack,
  simRecordCounts,
  simRequests,
  startConnectedStack,
} from '../../../test/start-connected-stack.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { ZohoApiError } from '../../zoho/zoho-errors.ts';
import { WriteBatcher } from './write-batcher.ts';

let env: ConnectedStack;
let client: ZohoClient;
const batcher = new WriteBatcher({ maxRecords: 100, windowMs: 100 });

beforeAll(async () => {
  env = await startConnectedStack();
  client = await getZohoClient(env.stack.deps, 'acme');
});
afterAll(async () => {
  await env?.stop();
});

/** The simulator's API calls made while `work` ran. */
async function callsDuring(work: () => Promise<unknown>) {
  const { lastSeq } = await simRequests(env.sim);
  await work();
  return (await simRequests(env.sim, lastSeq)).requests.map(
    (r) => `${r.method} ${r.path.split('?')[0]?.replace(/^.*\/crm\/v2/, '/crm/v2')}`,
  );
}

const lead = (n: number, run: string) => ({
  Last_Name: `Batch ${run} ${n}`,
  Email: `b${n}.${run}@batch.example`,
});

describe('WriteBatcher against the simulator', () => {
  it('sends 120 concurrent inserts as two calls of 100 and 20, each caller getting its own record', async () => {
    const before = await simRecordCounts(env.sim, ACME_ORG_ID);
    let results: Awaited<ReturnType<WriteBatcher['write']>>[] = [];
    const calls = await callsDuring(async () => {
      results = await Promise.all(
        Array.from({ length: 120 }, (_, n) => batcher.write(client, 'Leads', 'insert', lead(n, 'a'))),
      );
    });
    expect(calls).toEqual(['POST /crm/v2/Leads', 'POST /crm/v2/Leads']);
    expect(results.every((r) => r.status === 'success')).toBe(true);
    expect(new Set(results.map((r) => r.details.id)).size).toBe(120);
    const record = await client.getRecord('Leads', String(results[57]?.details.id));
    expect(record?.Last_Name).toBe('Batch a 57');
    expect((await simRecordCounts(env.sim, ACME_ORG_ID)).Leads).toBe((before.Leads ?? 0) + 120);
  });

  it("returns one record's refusal to its caller only; the others in the call are written", async () => {
    const writes = [lead(1, 'b'), { Email: 'no-last-name@batch.example' }, lead(2, 'b')].map((r) =>
      batcher.write(client, 'Leads', 'insert', r),
    );
    const [first, refused, third] = await Promise.all(writes);
    expect(first?.status).toBe('success');
    expect(third?.status).toBe('success');
    expect(refused).toMatchObject({ status: 'error', code: 'MANDATORY_NOT_FOUND' });
    expect(refused?.details.api_name).toBe('Last_Name');
  });

  it('splits upserts of the same e-mail over consecutive calls, so the later ones update the first', async () => {
    let results: Awaited<ReturnType<WriteBatcher['write']>>[] = [];
    const same = (name: string) => ({ Last_Name: name, Email: 'Same.Person@batch.example' });
    const calls = await callsDuring(async () => {
      results = await Promise.all([
        batcher.write(client, 'Leads', 'upsert', same('First'), ['Email']),
        batcher.write(client, 'Leads', 'upsert', lead(9, 'c'), ['Email']),
        batcher.write(client, 'Leads', 'upsert', { ...same('Second'), Email: 'same.person@BATCH.example' }, [
          'Email',
        ]),
        batcher.write(client, 'Leads', 'upsert', same('Third'), ['Email']),
      ]);
    });
    expect(calls).toEqual(Array(3).fill('POST /crm/v2/Leads/upsert'));
    expect(results.map((r) => r.action)).toEqual(['insert', 'insert', 'update', 'update']);
    const ids = [results[0], results[2], results[3]].map((r) => r?.details.id);
    expect(new Set(ids).size).toBe(1);
    expect((await client.getRecord('Leads', String(ids[0])))?.Last_Name).toBe('Third');
  });

  it('after a whole-request refusal, sends each record alone so one bad record cannot fail the rest', async () => {
    let outcomes: PromiseSettledResult<unknown>[] = [];
    const calls = await callsDuring(async () => {
      outcomes = await Promise.allSettled(
        [1, 2, 3].map((n) => batcher.write(client, 'Leads', 'upsert', lead(n, 'd'), ['Not_A_Field'])),
      );
    });
    expect(calls).toHaveLength(4);
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const reason = (outcome as PromiseRejectedResult).reason as unknown;
      expect(reason).toBeInstanceOf(ZohoApiError);
      expect((reason as ZohoApiError).zohoCode).toBe('INVALID_DATA');
    }
  });
});
