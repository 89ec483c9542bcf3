import { getActivityEvent, listActivity, retryActivityEvent } from '@cxc/shared/api/activity';
import { getSettings, runPreflight } from '@cxc/shared/api/settings';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { editSettings, waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, startEngineStack } from '../../../test/engine-stack.ts';
import { call, ok } from '../../../test/settings-api.ts';
import { simRecordCounts } from '../../../test/start-connected-stack.ts';

let env: EngineStack;
let send: EngineStack['send'];

/**
 * The conversation becomes a Case whose Email comes from `path`. A text source passes preflight with
 * a warning only (its value is known when the event arrives); Zoho then refuses a non-address.
 */
const caseEmailFrom = (path: string) => (s: IntegrationSettings) => {
  const c = s.channels.web_chat;
  c.conversationAs = ['Cases'];
  c.mapping.Cases = [
    ...(c.mapping.Cases ?? []).filter((row) => row.zohoField !== 'Email'),
    { zohoField: 'Email', source: { kind: 'field', path } },
  ];
};

beforeAll(async () => {
  env = await startEngineStack();
  send = env.send;
}, 120_000);
afterAll(async () => {
  await env?.stop();
});

const ended = (id: string, email: string) => ({
  ...SAMPLE_EVENTS['chat.ended'],
  id,
  visitor: { name: 'Rita Retry', email, company: 'Retry Ltd' },
  conversation: { ...SAMPLE_EVENTS['chat.ended'].conversation, id: `conv-${id}` },
});

async function detailOf(eventId: string) {
  const { events } = ok(
    await call(env.acmeAdmin, listActivity, { tenantId: 'acme' }, { query: { q: eventId } }),
  );
  const event = events.find((e) => e.eventId === eventId);
  return ok(await call(env.acmeAdmin, getActivityEvent, { tenantId: 'acme', id: event?.id ?? '' }));
}

async function createdSince(before: Record<string, number>, activity: 'Tasks' | 'Cases' = 'Tasks') {
  const after = await simRecordCounts(env.sim, ACME_ORG_ID);
  const diff = (m: string) => (after[m] ?? 0) - (before[m] ?? 0);
  return { Leads: diff('Leads'), [activity]: diff(activity) };
}

describe('a manual retry plans the event again with the current settings', () => {
  it('after the mapping is fixed, the Case is created and the Lead of the failed attempt reused', async () => {
    const before = await simRecordCounts(env.sim, ACME_ORG_ID);
    onTestFinished(() =>
      editSettings(env.acmeAdmin, 'acme', (s) => {
        s.channels.web_chat.conversationAs = ['Tasks'];
      }),
    );
    // The admin picked the visitor's name for the Case's Email: saved (a warning), refused by Zoho.
    await editSettings(env.acmeAdmin, 'acme', caseEmailFrom('visitor.name'));
    const { settings } = ok(await call(env.acmeAdmin, getSettings, { tenantId: 'acme' }));
    const preflight = ok(
      await call(env.acmeAdmin, runPreflight, { tenantId: 'acme' }, { body: { settings } }),
    );
    expect(preflight.ready).toBe(true);
    expect(preflight.problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'format_checked_at_runtime',
        module: 'Cases',
        field: 'Email',
      }),
    );
    expect((await send(ended('replan-1', 'rita.retry@replan.example'))).status).toBe(202);
    const failed = await waitForEvents(env.stack, 'acme', ['replan-1']);
    expect(failed['replan-1']?.status).toBe('failed');
    const first = await detailOf('replan-1');
    expect(first.event.error).toMatchObject({ code: 'INVALID_DATA', module: 'Cases', field: 'Email' });
    expect(first.operations.map((o) => [o.operation.module, o.status])).toEqual([
      ['Leads', 'done'],
      ['Cases', 'failed'],
    ]);
    const leadId = first.operations[0]?.recordId;
    expect(await createdSince(before, 'Cases')).toEqual({ Leads: 1, Cases: 0 });

    await editSettings(env.acmeAdmin, 'acme', caseEmailFrom('visitor.email'));
    const retried = ok(
      await call(env.acmeAdmin, retryActivityEvent, { tenantId: 'acme', id: first.event.id }),
    );
    expect(retried.event.status).toBe('queued');
    const settled = await waitForEvents(env.stack, 'acme', ['replan-1']);
    expect(settled['replan-1']?.status, JSON.stringify(settled)).toBe('done');
    expect(await createdSince(before, 'Cases')).toEqual({ Leads: 1, Cases: 1 });

    const after = await detailOf('replan-1');
    // The new plan found the Lead through the conversation's stored link: no second Lead.
    const person = after.operations[0];
    expect(person?.operation.module).toBe('Leads');
    expect(person?.operation.kind).not.toBe('create');
    expect(person?.recordId).toBe(leadId);
    expect(after.operations[1]).toMatchObject({
      status: 'done',
      operation: { module: 'Cases', kind: 'create' },
    });
    // What the failed attempt did stays visible, and the list still says the event created the Lead.
    expect(after.previousOperations.map((o) => [o.operation.module, o.status, o.recordId])).toEqual([
      ['Leads', 'done', leadId],
      ['Cases', 'failed', null],
    ]);
    expect(after.previousOperations[1]?.error).toMatchObject({ code: 'INVALID_DATA', field: 'Email' });
    expect(after.event.records.map((r) => [r.module, r.action, r.recordId])).toEqual([
      ['Leads', 'created', leadId],
      ['Cases', 'created', after.operations[1]?.recordId],
    ]);
    expect(after.event.error).toBeNull();
  });

  it('keeps the plan while a create is `writing` (Zoho may have it): the marker decides', async () => {
    expect((await send(ended('replan-2', 'walt.writing@replan.example'))).status).toBe(202);
    await waitForEvents(env.stack, 'acme', ['replan-2']);
    const before = await simRecordCounts(env.sim, ACME_ORG_ID);
    const { rows } = await env.stack.pool.query<{ id: string; plan: unknown }>(
      `update events set status = 'failed' where tenant_id = 'acme' and event_id = 'replan-2' returning id, plan`,
    );
    const id = rows[0]?.id ?? '';
    // What a crash between Zoho's answer and our commit leaves: the Task `writing`, without its id.
    await env.stack.pool.query(
      `update event_operations set status = 'writing', record_id = null where event_id = $1 and step = 2`,
      [id],
    );
    await env.stack.pool.query(
      `delete from conversation_links where conversation_id = 'conv-replan-2' and role = 'activity'`,
    );
    ok(await call(env.acmeAdmin, retryActivityEvent, { tenantId: 'acme', id }));
    const kept = await env.stack.pool.query<{ plan: unknown; previous_operations: unknown[] }>(
      'select plan, previous_operations from events where id = $1',
      [id],
    );
    expect(kept.rows[0]).toEqual({ plan: rows[0]?.plan, previous_operations: [] });
    const settled = await waitForEvents(env.stack, 'acme', ['replan-2']);
    expect(settled['replan-2']?.status).toBe('done');
    expect(await createdSince(before)).toEqual({ Leads: 0, Tasks: 0 });
  });
});
