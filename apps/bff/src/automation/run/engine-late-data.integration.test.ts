import { getZohoMetadata } from '@cxc/shared/api/settings';
import type { Plan } from '@cxc/shared/domain/plan-schema';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { describe, expect, it } from 'vitest';
import { useCallsEngine } from '../../../test/calls-engine.ts';
import { editSettings, waitForEvents } from '../../../test/engine-helpers.ts';
import { call, ok } from '../../../test/settings-api.ts';
import { requeueEvents } from '../../services/activity/requeue-events.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';

/**
 * Late call data end to end over HTTP (real PostgreSQL, the simulator): transcript and summary update
 * the Call already logged, also when they come first; the disposition goes through the admin's mapping,
 * with its follow-up Task; and a field the admin deleted in Zoho is left out after one refused write.
 */
const late = SAMPLE_EVENTS;
const SUMMARY = late['conversation.summary_available'].summary.text;
const SPOKEN = 'Hello, I need a quote.';

const calls = useCallsEngine('late-data', {
  settings: (s) => {
    s.records.lateData.holdMinutes = 10;
    s.records.lateData.disposition.values = { 'cb-1': 'Requested more info' };
    s.records.lateData.disposition.followUpTask = { enabled: true, codes: ['cb-1'], dueInDays: 2 };
  },
});
const { planOf, linkOf } = calls;

/** A fresh conversation: its own caller number, so each test meets a person of its own. */
function conversation() {
  const serial = calls.next();
  const id = `conv-late-data-${serial}`;
  const caller = `+49 30 4440${String(serial).padStart(3, '0')}`;
  const of = <T extends keyof typeof late>(type: T, extra: Record<string, unknown> = {}) => ({
    ...late[type],
    id: `${id}-${type}-${calls.next()}`,
    conversation: { ...late[type].conversation, id },
    ...extra,
  });
  const ended = {
    ...of('call.ended'),
    agent: undefined,
    call: { ...late['call.ended'].call, caller, recordingUrl: undefined },
  };
  return { id, ended, of };
}

async function sendAll(events: { id: string }[], until: string[] = ['done', 'failed', 'skipped']) {
  for (const event of events) expect((await calls.env.send(event)).status).toBe(202);
  return waitForEvents(
    calls.env.stack,
    'acme',
    events.map((e) => e.id),
    until,
    30_000,
  );
}

const creates = (plans: Plan[], module: string) =>
  plans.flatMap((p) => p.operations).filter((o) => o.kind === 'create' && o.module === module);
const zoho = async () => getZohoClient(calls.env.stack.deps, 'acme');

// First: the engine's own parsed copy of the field list is still empty, so it reads the refreshed one.
describe('a field Zoho no longer has', () => {
  it('refreshes the field list after the refusal and writes again without it', async () => {
    const control = (method: string, path: string, body?: unknown) =>
      fetch(`${calls.env.sim.baseUrl}/__sim/crm/fields/${ACME_ORG_ID}/Calls${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    expect((await control('POST', '', { api_name: 'Call_Outcome' })).status).toBe(201);
    ok(await call(calls.env.acmeAdmin, getZohoMetadata, { tenantId: 'acme' }, { query: { refresh: '1' } }));
    await editSettings(calls.env.acmeAdmin, 'acme', (s) => {
      s.records.lateData.disposition = {
        ...s.records.lateData.disposition,
        target: 'field',
        field: 'Call_Outcome',
      };
    });
    const c = conversation();
    await sendAll([c.ended]);
    const first = c.of('call.disposition_set', { disposition: { code: 'busy', label: 'Busy' } });
    expect((await sendAll([first]))[first.id]?.status).toBe('done');
    const callId = await linkOf(c.id, 'Calls');
    expect((await (await zoho()).getRecord('Calls', callId))?.Call_Outcome).toBe('Busy');

    // The admin deletes the field in Zoho; our cached field list still has it.
    expect((await control('DELETE', '/Call_Outcome')).status).toBe(204);
    const second = c.of('call.disposition_set', { disposition: { code: 'no-answer', label: 'No answer' } });
    expect((await sendAll([second]))[second.id]?.status).toBe('done');
    const { rows } = await calls.env.stack.pool.query<{ previous_operations: unknown[] }>(
      `select previous_operations from events where tenant_id = 'acme' and event_id = $1`,
      [second.id],
    );
    expect(rows[0]?.previous_operations).toEqual([
      expect.objectContaining({
        status: 'failed',
        error: expect.objectContaining({ code: 'INVALID_DATA', field: 'Call_Outcome' }) as unknown,
      }),
    ]);
    const replanned = await planOf(second.id);
    expect(replanned.operations).toContainEqual(
      expect.objectContaining({ module: 'Calls', kind: 'skip', reason: 'nothing_to_add' }),
    );
    // The shared field list (every process reads it) no longer has the field.
    const cached = await calls.env.stack.pool.query<{ names: string[] }>(
      `select array(select f->>'api_name' from jsonb_array_elements(metadata->'fieldsByModule'->'Calls') f)
              as names from zoho_metadata_cache where tenant_id = 'acme'`,
    );
    expect(cached.rows[0]?.names).toContain('Subject');
    expect(cached.rows[0]?.names).not.toContain('Call_Outcome');
    await editSettings(calls.env.acmeAdmin, 'acme', (s) => {
      s.records.lateData.disposition = { ...s.records.lateData.disposition, target: 'call_result' };
      delete s.records.lateData.disposition.field;
    });
  }, 60_000);
});

describe('transcript and summary', () => {
  it('update the Call already logged, never a new one', async () => {
    const c = conversation();
    expect((await sendAll([c.ended]))[c.ended.id]?.status).toBe('done');
    const transcript = c.of('call.transcript_available');
    const summary = c.of('conversation.summary_available');
    const settled = await sendAll([transcript, summary]);
    expect([settled[transcript.id]?.status, settled[summary.id]?.status]).toEqual(['done', 'done']);
    const plans = await Promise.all([c.ended.id, transcript.id, summary.id].map(planOf));
    expect(creates(plans, 'Calls')).toHaveLength(1);
    expect(creates(plans.slice(1), 'Contacts')).toEqual([]);
    const record = await (await zoho()).getRecord('Calls', await linkOf(c.id, 'Calls'));
    // Both on the one Description (the default field of each), summary first, neither erasing the other.
    expect(String(record?.Description)).toContain(SUMMARY);
    expect(String(record?.Description)).toContain(SPOKEN);
    expect(String(record?.Description).indexOf(SUMMARY)).toBeLessThan(
      String(record?.Description).indexOf(SPOKEN),
    );
  }, 60_000);

  it('sent before the call, they wait for its record and then land on it', async () => {
    const c = conversation();
    const summary = c.of('conversation.summary_available');
    const transcript = c.of('call.transcript_available');
    const held = await sendAll([summary, transcript], ['retrying']);
    expect(held[summary.id]?.error).toMatchObject({ code: 'waiting_for_record' });
    const settled = await waitForEvents(
      calls.env.stack,
      'acme',
      [...Object.keys(await sendAll([c.ended])), summary.id, transcript.id],
      ['done', 'failed', 'skipped'],
      30_000,
    );
    expect(Object.values(settled).map((e) => e.status)).toEqual(['done', 'done', 'done']);
    const plans = await Promise.all([c.ended.id, summary.id, transcript.id].map(planOf));
    expect(creates(plans, 'Calls')).toHaveLength(1);
    const record = await (await zoho()).getRecord('Calls', await linkOf(c.id, 'Calls'));
    expect(String(record?.Description)).toContain(SUMMARY);
    expect(String(record?.Description)).toContain(SPOKEN);
  }, 60_000);

  it('held past the admin’s hold time without a call, it gives up and writes nothing', async () => {
    const c = conversation();
    const transcript = c.of('call.transcript_available');
    await sendAll([transcript], ['retrying']);
    const { rows } = await calls.env.stack.pool.query<{ id: string }>(
      `update events set received_at = now() - interval '11 minutes'
        where tenant_id = 'acme' and event_id = $1 returning id`,
      [transcript.id],
    );
    await requeueEvents(calls.env.stack.pool, 'acme', { id: rows[0]?.id ?? '' });
    const settled = await waitForEvents(
      calls.env.stack,
      'acme',
      [transcript.id],
      ['skipped', 'failed', 'done'],
    );
    expect(settled[transcript.id]).toMatchObject({ status: 'skipped', skip_reason: 'late_data_unused' });
    expect(await linkOf(c.id, 'Calls')).toBe('');
  });
});

describe('disposition', () => {
  it('is written as the Call_Result the admin mapped, with a follow-up Task on the caller', async () => {
    const c = conversation();
    await sendAll([c.ended]);
    const disposition = c.of('call.disposition_set', {
      disposition: { code: 'cb-1', label: 'Call me back', notes: 'After lunch.' },
    });
    expect((await sendAll([disposition]))[disposition.id]?.status).toBe('done');
    const client = await zoho();
    const callRecord = await client.getRecord('Calls', await linkOf(c.id, 'Calls'));
    expect(callRecord?.Call_Result).toBe('Requested more info');
    const [task] = creates([await planOf(disposition.id)], 'Tasks');
    expect(task && 'fields' in task ? task.fields.Subject : undefined).toBe('Follow up: Call me back');
    const taskId = (
      await calls.env.stack.pool.query<{ record_id: string }>(
        `select o.record_id from event_operations o join events e on e.id = o.event_id
          where e.event_id = $1 and o.module = 'Tasks' and o.status = 'done'`,
        [disposition.id],
      )
    ).rows[0]?.record_id;
    const taskRecord = await client.getRecord('Tasks', taskId ?? '');
    expect(taskRecord).toMatchObject({ Subject: 'Follow up: Call me back' });
    expect(String(taskRecord?.Description)).toMatch(/^After lunch\./);
    expect((taskRecord?.Who_Id as { id: string } | undefined)?.id).toBe(await linkOf(c.id, 'Contacts'));
    // Due two days after the disposition (the admin's days; the agent named no date).
    expect(taskRecord?.Due_Date).toBe('2024-05-03');

    // A code the admin did not choose for follow-ups: the result as sent, no Task.
    const other = c.of('call.disposition_set', { disposition: { code: 'busy', label: 'Busy' } });
    expect((await sendAll([other]))[other.id]?.status).toBe('done');
    expect(creates([await planOf(other.id)], 'Tasks')).toEqual([]);
    expect((await client.getRecord('Calls', await linkOf(c.id, 'Calls')))?.Call_Result).toBe('Busy');
  }, 60_000);

  it('goes, mapped, into the pick list field the admin chose instead of Call_Result', async () => {
    const field = {
      api_name: 'Call_Disposition',
      data_type: 'picklist',
      pick_list_values: ['Reached', 'Voicemail'],
    };
    const added = await fetch(`${calls.env.sim.baseUrl}/__sim/crm/fields/${ACME_ORG_ID}/Calls`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(field),
    });
    expect(added.status).toBe(201);
    ok(await call(calls.env.acmeAdmin, getZohoMetadata, { tenantId: 'acme' }, { query: { refresh: '1' } }));
    await editSettings(calls.env.acmeAdmin, 'acme', (s) => {
      const d = s.records.lateData.disposition;
      s.records.lateData.disposition = {
        ...d,
        target: 'field',
        field: field.api_name,
        values: { vm: 'Voicemail' },
      };
    });
    try {
      const c = conversation();
      await sendAll([c.ended]);
      const disposition = c.of('call.disposition_set', {
        disposition: { code: 'vm', label: 'Left a message' },
      });
      expect((await sendAll([disposition]))[disposition.id]?.status).toBe('done');
      const record = await (await zoho()).getRecord('Calls', await linkOf(c.id, 'Calls'));
      expect(record?.Call_Disposition).toBe('Voicemail');
      expect(record?.Call_Result ?? null).toBeNull();
    } finally {
      await editSettings(calls.env.acmeAdmin, 'acme', (s) => {
        const d = s.records.lateData.disposition;
        s.records.lateData.disposition = {
          ...d,
          target: 'call_result',
          values: { 'cb-1': 'Requested more info' },
        };
        delete s.records.lateData.disposition.field;
      });
    }
  }, 60_000);
});
