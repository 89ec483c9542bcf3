import { getActivityEvent, listActivity } from '@cxc/shared/api/activity';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, everyEvent, startEngineStack } from '../../../test/engine-stack.ts';
import { call, ok } from '../../../test/settings-api.ts';
import { simRecordCounts } from '../../../test/start-connected-stack.ts';

let env: EngineStack;
let send: EngineStack['send'];

beforeAll(async () => {
  env = await startEngineStack({
    settings: (s) => s.channels.web_chat.rules.unshift(everyEvent('chat-started', 'chat.started')),
  });
  send = env.send;
});
afterAll(async () => {
  await env?.stop();
});

const chat = (
  type: 'chat.started' | 'chat.ended',
  id: string,
  conversationId: string,
  email = 'grace.c1@cxc-test.example',
) => ({
  ...SAMPLE_EVENTS[type],
  id,
  visitor: { email, name: 'Grace Hopper', company: 'Navy Labs' },
  conversation: { ...SAMPLE_EVENTS[type].conversation, id: conversationId },
});

describe('automatic mode', () => {
  it('creates the Lead and Task once, and a later event of the conversation updates them', async () => {
    const before = await simRecordCounts(env.sim, ACME_ORG_ID);
    expect((await send(chat('chat.started', 'c1-start', 'conv-c1'))).status).toBe(202);
    expect((await send(chat('chat.ended', 'c1-end', 'conv-c1'))).status).toBe(202);
    expect((await send(chat('chat.ended', 'c1-end', 'conv-c1'))).status).toBe(202);
    const settled = await waitForEvents(env.stack, 'acme', ['c1-start', 'c1-end']);
    expect(settled['c1-start']?.status, JSON.stringify(settled)).toBe('done');
    expect(settled['c1-end']?.status, JSON.stringify(settled)).toBe('done');
    const after = await simRecordCounts(env.sim, ACME_ORG_ID);
    const created = Object.fromEntries(
      Object.keys(after).map((m) => [m, (after[m] ?? 0) - (before[m] ?? 0)]),
    );
    expect(created).toMatchObject({ Leads: 1, Tasks: 1 });

    const { events } = ok(
      await call(env.acmeAdmin, listActivity, { tenantId: 'acme' }, { query: { q: 'conv-c1' } }),
    );
    const start = events.find((e) => e.eventId === 'c1-start');
    const end = events.find((e) => e.eventId === 'c1-end');
    expect(start?.records.map((r) => [r.module, r.action])).toEqual([
      ['Leads', 'created'],
      ['Tasks', 'created'],
    ]);
    expect(end?.records.find((r) => r.module === 'Tasks')).toMatchObject({
      action: 'updated',
      recordId: start?.records[1]?.recordId,
    });
    expect(start?.records[0]?.webUrl).toMatch(new RegExp(`^${env.sim.baseUrl}/us/web/crm/tab/Leads/\\d+$`));
    expect(start?.rule).not.toBeNull();
    const detail = ok(await call(env.acmeAdmin, getActivityEvent, { tenantId: 'acme', id: start?.id ?? '' }));
    expect(detail.operations.map((o) => o.status)).toEqual(['done', 'done']);
    // Records are named as Zoho shows them, not by their ids.
    expect(start?.records[0]?.name).toBe('Grace Hopper');
    expect(start?.records[1]?.name).toEqual(expect.any(String));
    expect(start?.records[1]?.name).not.toBe(start?.records[1]?.recordId);
    expect(detail.operations[0]?.name).toBe('Grace Hopper');
  });

  it('skips events of a channel in manual mode, with the reason', async () => {
    const event = {
      ...SAMPLE_EVENTS['call.ended'],
      id: 'call-manual',
      conversation: { ...SAMPLE_EVENTS['call.ended'].conversation, id: 'conv-call-manual' },
    };
    expect((await send(event)).status).toBe(202);
    const settled = await waitForEvents(env.stack, 'acme', ['call-manual']);
    expect(settled['call-manual']).toMatchObject({ status: 'skipped', skip_reason: 'channel_disabled' });
  });

  it('adopts the record a crashed attempt created (found by its marker) instead of creating it again', async () => {
    expect((await send(chat('chat.ended', 'c2-end', 'conv-c2', 'ada.c2@cxc-test.example'))).status).toBe(202);
    await waitForEvents(env.stack, 'acme', ['c2-end']);
    const before = await simRecordCounts(env.sim, ACME_ORG_ID);
    // The state a SIGKILL between Zoho's answer and our commit leaves: both creates `writing`, no ids.
    const { rows } = await env.stack.pool.query<{ id: string }>(
      `update events set status = 'processing' where tenant_id = 'acme' and event_id = 'c2-end' returning id`,
    );
    const id = rows[0]?.id ?? '';
    const ops = await env.stack.pool.query<{ step: number; record_id: string }>(
      `select step, record_id from event_operations where event_id = $1 order by step`,
      [id],
    );
    await env.stack.pool.query(
      `update event_operations set status = 'writing', record_id = null where event_id = $1`,
      [id],
    );
    await env.stack.pool.query(`delete from conversation_links where conversation_id = 'conv-c2'`);
    await env.engine?.sweep();
    const settled = await waitForEvents(env.stack, 'acme', ['c2-end']);
    expect(settled['c2-end']?.status).toBe('done');
    expect(await simRecordCounts(env.sim, ACME_ORG_ID)).toEqual(before);
    const again = await env.stack.pool.query<{ step: number; record_id: string }>(
      `select step, record_id from event_operations where event_id = $1 order by step`,
      [id],
    );
    expect(again.rows).toEqual(ops.rows);
  });
});
