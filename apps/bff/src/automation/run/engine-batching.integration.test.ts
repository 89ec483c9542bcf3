import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, everyEvent, startEngineStack } from '../../../test/engine-stack.ts';
import { simFaults, simRecordCounts, simRequests } from '../../../test/start-connected-stack.ts';

let env: EngineStack;
let send: EngineStack['send'];

beforeAll(async () => {
  env = await startEngineStack({
    settings: (s) => s.channels.web_chat.rules.unshift(everyEvent('chat-started', 'chat.started')),
    engine: false,
  });
  send = env.send;
});
afterAll(async () => {
  await env?.stop();
});

const started = (id: string, email: string) => ({
  ...SAMPLE_EVENTS['chat.started'],
  id,
  visitor: { email, name: `Visitor ${id}`, company: 'Batch Works' },
  conversation: { ...SAMPLE_EVENTS['chat.started'].conversation, id: `conv-${id}` },
});

const writeCalls = (paths: string[], module: string) =>
  paths.filter((p) => new RegExp(`^POST .*/crm/v2/${module}(/upsert)?$`).test(p)).length;

describe('batched writes', () => {
  it('writes a queue of 60 conversations in a handful of Zoho calls, each record once', async () => {
    const before = await simRecordCounts(env.sim, ACME_ORG_ID);
    const ids = Array.from({ length: 60 }, (_, n) => `batch-${n}`);
    // Queued before any worker runs, as after a pile-up: the workers then find them all at once.
    for (const id of ids) expect((await send(started(id, `${id}@queue.example`))).status).toBe(202);
    const { lastSeq } = await simRequests(env.sim);
    await env.startEngine({ workers: 60, batchWindowMs: 300 });
    const settled = await waitForEvents(env.stack, 'acme', ids, undefined, 60_000);
    expect(Object.values(settled).every((e) => e.status === 'done')).toBe(true);

    const after = await simRecordCounts(env.sim, ACME_ORG_ID);
    expect(after.Leads).toBe((before.Leads ?? 0) + 60);
    expect(after.Tasks).toBe((before.Tasks ?? 0) + 60);
    const calls = (await simRequests(env.sim, lastSeq)).requests.map(
      (r) => `${r.method} ${r.path.split('?')[0]}`,
    );
    // One call per record would be 60 each; pg-boss hands the jobs over in a few fetches.
    expect(writeCalls(calls, 'Leads')).toBeLessThanOrEqual(12);
    expect(writeCalls(calls, 'Tasks')).toBeLessThanOrEqual(12);
    expect(calls.length / ids.length).toBeLessThan(4);
  });

  it('a lagging search index cannot make a duplicate Lead (COQL lookups, upsert on e-mail)', async () => {
    // Zoho's /search only sees a record some time after its creation; the simulator can hold it back.
    await simFaults(env.sim, { search_index_delay_seconds: 600 });
    try {
      const before = await simRecordCounts(env.sim, ACME_ORG_ID);
      expect((await send(started('lag-1', 'lagging@index.example'))).status).toBe(202);
      await waitForEvents(env.stack, 'acme', ['lag-1'], undefined, 30_000);
      expect((await send(started('lag-2', 'Lagging@Index.example'))).status).toBe(202);
      const settled = await waitForEvents(env.stack, 'acme', ['lag-2'], undefined, 30_000);
      expect(settled['lag-2']?.status).toBe('done');

      const after = await simRecordCounts(env.sim, ACME_ORG_ID);
      expect(after.Leads).toBe((before.Leads ?? 0) + 1);
      expect(after.Tasks).toBe((before.Tasks ?? 0) + 2);
      const { rows } = await env.stack.pool.query<{ record_id: string }>(
        `select distinct record_id from conversation_links
          where tenant_id = 'acme' and role = 'person' and conversation_id in ('conv-lag-1', 'conv-lag-2')`,
      );
      expect(rows).toHaveLength(1);
    } finally {
      await simFaults(env.sim, { search_index_delay_seconds: 0 });
    }
  });
});
