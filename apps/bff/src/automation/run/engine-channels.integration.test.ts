import {
  getActivityEvent,
  listActivity,
  retryActivityEvent,
  retryFailedActivity,
} from '@cxc/shared/api/activity';
import { CHANNEL_TRIGGERS } from '@cxc/shared/domain/channels';
import type { Plan } from '@cxc/shared/domain/plan-schema';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editSettings, waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, everyEvent, startEngineStack } from '../../../test/engine-stack.ts';
import { call, ok } from '../../../test/settings-api.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';

const ALICE = '4150868000000225002';
const CONNECTED_USER = '4150868000000225001';
let env: EngineStack;
let send: EngineStack['send'];
let settings: IntegrationSettings;

beforeAll(async () => {
  env = await startEngineStack({
    settings: (s) => {
      for (const channel of ['web_chat', 'inbox', 'calls', 'meetings'] as const)
        Object.assign(s.channels[channel], { enabled: true, mode: 'automatic' });
      s.channels.web_chat.rules.push(everyEvent('chat-started', 'chat.started'));
      s.channels.inbox.rules.push(everyEvent('inbox-message', 'inbox.message.received'));
      // The call start triggers have no default rule: a ringing call writes nothing unless asked.
      s.channels.calls.rules.push(
        everyEvent('call-ringing', 'call.ringing'),
        everyEvent('call-answered', 'call.answered'),
      );
      settings = s;
    },
  });
  send = env.send;
}, 120_000);
afterAll(async () => {
  await env?.stop();
});

type Type = keyof typeof SAMPLE_EVENTS;
let serial = 0;

/** A sample event with fresh ids and a visitor nobody else uses. */
function eventOf(type: Type, extra: Record<string, unknown> = {}, conversationId?: string) {
  serial += 1;
  const sample = SAMPLE_EVENTS[type] as (typeof SAMPLE_EVENTS)['chat.ended'];
  const visitor = {
    name: `Visitor ${serial}`,
    email: `visitor${serial}@channels.example`,
    phone: `+49 30 555${String(serial).padStart(4, '0')}`,
  };
  const base = {
    ...sample,
    id: `ch-${serial}`,
    visitor,
    conversation: { ...sample.conversation, id: conversationId ?? `conv-ch-${serial}` },
  };
  if (type === 'call.ended') {
    const callSample = SAMPLE_EVENTS['call.ended'];
    return { ...base, visitor: {}, call: { ...callSample.call, caller: visitor.phone }, ...extra };
  }
  return { ...base, ...extra };
}

async function detail(eventId: string) {
  const { events } = ok(
    await call(env.acmeAdmin, listActivity, { tenantId: 'acme' }, { query: { q: eventId } }),
  );
  const event = events.find((e) => e.eventId === eventId);
  return ok(await call(env.acmeAdmin, getActivityEvent, { tenantId: 'acme', id: event?.id ?? '' }));
}

async function planOf(eventId: string): Promise<Plan> {
  const { rows } = await env.stack.pool.query<{ plan: Plan }>(`select plan from events where event_id = $1`, [
    eventId,
  ]);
  return rows[0]?.plan as Plan;
}

describe('every channel and trigger', () => {
  const cases = Object.entries(CHANNEL_TRIGGERS).flatMap(([channel, triggers]) =>
    triggers.map((trigger) => [channel, trigger] as const),
  );
  it.each(cases)('%s: %s creates the configured records', async (channel, trigger) => {
    const event =
      trigger === 'call.missed'
        ? eventOf('call.ended', {
            call: {
              ...SAMPLE_EVENTS['call.ended'].call,
              status: 'missed',
              durationSeconds: 0,
              caller: `+49 30 444${serial}`,
            },
          })
        : trigger === 'call.ringing' || trigger === 'call.answered'
          ? eventOf('call.started', {
              call: {
                ...SAMPLE_EVENTS['call.started'].call,
                status: trigger === 'call.ringing' ? 'ringing' : 'answered',
                caller: `+49 30 445${serial}`,
              },
            })
          : eventOf(trigger);
    expect((await send(event)).status).toBe(202);
    const settled = await waitForEvents(env.stack, 'acme', [event.id]);
    expect(settled[event.id], JSON.stringify(settled)).toMatchObject({ status: 'done' });
    const c = settings.channels[channel as keyof IntegrationSettings['channels']];
    const { event: logged } = await detail(event.id);
    expect(logged.records.map((r) => [r.module, r.action])).toEqual([
      [c.visitorAs, 'created'],
      ...c.conversationAs.map((m) => [m, 'created']),
    ]);
    expect(logged.rule?.id).toBeTruthy();
  });
});

describe('owners', () => {
  it('gives the record to the agent’s Zoho user, else falls back to the connected user', async () => {
    const mine = eventOf('chat.ended', { agent: { email: 'alice@acme.example', name: 'Alice' } });
    const nobody = eventOf('chat.ended', { agent: { email: 'bob@acme.example', name: 'Bob' } });
    await send(mine);
    await send(nobody);
    await waitForEvents(env.stack, 'acme', [mine.id, nobody.id]);
    expect((await planOf(mine.id)).owner).toMatchObject({ ownerId: ALICE, source: 'email_match' });
    expect((await planOf(nobody.id)).owner).toMatchObject({ source: 'connected_user' });
    const client = await getZohoClient(env.stack.deps, 'acme');
    const [a, b] = await Promise.all([detail(mine.id), detail(nobody.id)]);
    const ownerOf = async (d: typeof a) => {
      const record = await client.getRecord('Leads', d.event.records[0]?.recordId ?? '');
      return (record?.Owner as { id: string } | undefined)?.id;
    };
    expect(await ownerOf(a)).toBe(ALICE);
    expect(await ownerOf(b)).toBe(CONNECTED_USER);
  });
});

describe('update policies', () => {
  it.each([
    ['overwrite', 'Second Co'],
    ['fill_empty', 'First Co'],
    ['do_not_update', 'First Co'],
  ] as const)('%s: a returning visitor’s Lead keeps or takes the new company', async (policy, expected) => {
    await editSettings(env.acmeAdmin, 'acme', (s) => {
      s.updatePolicy = policy;
    });
    const email = `returning.${policy}@channels.example`;
    const first = eventOf('chat.ended', { visitor: { name: 'Re Turner', email, company: 'First Co' } });
    await send(first);
    await waitForEvents(env.stack, 'acme', [first.id]);
    const second = eventOf('chat.ended', { visitor: { name: 'Re Turner', email, company: 'Second Co' } });
    await send(second);
    await waitForEvents(env.stack, 'acme', [second.id]);
    const leadId = (await detail(first.id)).event.records[0]?.recordId ?? '';
    const lead = await (await getZohoClient(env.stack.deps, 'acme')).getRecord('Leads', leadId);
    expect(lead?.Company).toBe(expected);
    const person = (await planOf(second.id)).operations[0];
    expect(person?.kind === 'skip' ? person.reason : person?.kind).toBe(
      policy === 'overwrite'
        ? 'update'
        : policy === 'fill_empty'
          ? 'no_changes'
          : 'update_policy_do_not_update',
    );
  });
});

describe('failures', () => {
  it('fails with Zoho’s words when a record is gone, and can be retried', async () => {
    const conversation = `conv-gone-${serial}`;
    const started = eventOf('chat.started', {}, conversation);
    await send(started);
    await waitForEvents(env.stack, 'acme', [started.id]);
    const taskId = (await detail(started.id)).event.records.find((r) => r.module === 'Tasks')?.recordId ?? '';
    await (await getZohoClient(env.stack.deps, 'acme')).deleteRecords('Tasks', [taskId]);
    const ended = eventOf('chat.ended', { visitor: started.visitor }, conversation);
    await send(ended);
    const settled = await waitForEvents(env.stack, 'acme', [ended.id]);
    expect(settled[ended.id]?.status).toBe('failed');
    const { event, operations } = await detail(ended.id);
    expect(event.error).toMatchObject({ code: 'INVALID_DATA', module: 'Tasks', step: 2 });
    expect(event.error?.message).toContain('no longer exists in Zoho');
    expect(operations.find((o) => o.step === 2)).toMatchObject({ status: 'failed' });

    const retried = ok(await call(env.acmeAdmin, retryActivityEvent, { tenantId: 'acme', id: event.id }));
    expect(retried.event.status).toBe('queued');
    await waitForEvents(env.stack, 'acme', [ended.id]);
    expect((await detail(ended.id)).event.attempts).toBe(1);
    const all = ok(await call(env.acmeAdmin, retryFailedActivity, { tenantId: 'acme' }));
    expect(all.retried).toBeGreaterThanOrEqual(1);
    await waitForEvents(env.stack, 'acme', [ended.id]);
  });
});
