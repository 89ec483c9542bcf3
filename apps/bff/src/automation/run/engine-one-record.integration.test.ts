import { getActivityEvent, listActivity } from '@cxc/shared/api/activity';
import { listMatchReviews, resolveMatchReview } from '@cxc/shared/api/match-reviews';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { describe, expect, it } from 'vitest';
import { useCallsEngine } from '../../../test/calls-engine.ts';
import { waitForEvents } from '../../../test/engine-helpers.ts';
import { call, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';

/** The company's own numbers, several matches, late call data and transfers, end to end over HTTP. */
let alice: SignedInClient;
const acme = { tenantId: 'acme' };
const SWITCHBOARD = '+49 30 9999000';
const SHARED = '+49 30 7771000';

const calls = useCallsEngine('one', {
  settings: (s) => {
    s.identification.searchOrder = ['Contacts', 'Leads'];
    s.identification.multipleMatchesByModule = { Contacts: 'ask' };
    s.records.internalNumbers = { numbers: [SWITCHBOARD], extensions: [], patterns: [], minDigits: 5 };
    s.records.lateData.holdMinutes = 10;
  },
  ready: async (env) => {
    alice = await signIn(env.stack, 'alice@acme.example');
    const zoho = await getZohoClient(env.stack.deps, 'acme');
    // Two people of one company reached through its shared number.
    await zoho.insertRecords('Contacts', [
      { Last_Name: 'Shared One', Phone: SHARED },
      { Last_Name: 'Shared Two', Phone: SHARED },
    ]);
  },
});
const { callEnded, planOf, linkOf } = calls;

describe('the company’s own numbers', () => {
  it.each([[SWITCHBOARD], ['030 9999000'], ['101']])('a call from %s creates nobody', async (caller) => {
    const event = callEnded(caller);
    expect((await calls.env.send(event)).status).toBe(202);
    const settled = await waitForEvents(calls.env.stack, 'acme', [event.id]);
    expect(settled[event.id]).toMatchObject({ status: 'skipped', skip_reason: 'internal_number' });
  });
});

describe('several matches: ask', () => {
  it('holds the call in the review queue, then logs it to the one person picked', async () => {
    const event = callEnded(SHARED);
    expect((await calls.env.send(event)).status).toBe(202);
    const held = await waitForEvents(calls.env.stack, 'acme', [event.id]);
    expect(held[event.id]).toMatchObject({ status: 'skipped', skip_reason: 'needs_review' });
    const { reviews } = ok(await call(alice, listMatchReviews, acme, { query: { status: 'open' } }));
    const review = reviews.find((r) => r.conversationId === event.conversation.id);
    expect(review?.candidates.map((c) => c.name).sort()).toEqual(['Shared One', 'Shared Two']);
    const picked = review?.candidates.find((c) => c.name === 'Shared Two')?.id ?? '';
    const body = { choice: { recordId: picked, module: 'Contacts' as const } };
    const params = { ...acme, id: review?.id ?? '' };
    ok(await call(alice, resolveMatchReview, params, { body }));
    // A double click is refused and changes nothing.
    expect((await call(alice, resolveMatchReview, params, { body })).status).toBe(409);
    const done = await waitForEvents(calls.env.stack, 'acme', [event.id], ['done', 'failed']);
    expect(done[event.id]?.status).toBe('done');
    expect((await planOf(event.id)).identified).toMatchObject({ outcome: 'found', recordId: picked });
    expect(await linkOf(event.conversation.id, 'Contacts')).toBe(picked);
    // The activity names the person picked, as it names every other record (the id only on hover).
    const query = { query: { q: event.conversation.id } };
    const listed = ok(await call(calls.env.acmeAdmin, listActivity, acme, query)).events.find(
      (e) => e.eventId === event.id,
    );
    const detail = ok(await call(calls.env.acmeAdmin, getActivityEvent, { ...acme, id: listed?.id ?? '' }));
    expect(detail.identification?.identified).toMatchObject({ via: 'review', recordId: picked });
    expect(detail.identification?.names[picked]).toBe('Shared Two');
    for (const record of listed?.records.filter((r) => r.recordId === picked) ?? [])
      expect(record.name).toBe('Shared Two');
  });
});

describe('late call data', () => {
  it('a disposition sent before its call waits, then sets the Call’s result on the same record', async () => {
    const serial = calls.next();
    const conversationId = `conv-late-${serial}`;
    const disposition = {
      ...SAMPLE_EVENTS['call.disposition_set'],
      id: `late-${serial}`,
      conversation: { ...SAMPLE_EVENTS['call.disposition_set'].conversation, id: conversationId },
      disposition: { code: 'interested', label: 'Interested' },
    };
    expect((await calls.env.send(disposition)).status).toBe(202);
    await waitForEvents(calls.env.stack, 'acme', [disposition.id], ['retrying']);
    const ended = callEnded(`+49 30 6661${String(serial).padStart(3, '0')}`, { conversationId });
    expect((await calls.env.send(ended)).status).toBe(202);
    const settled = await waitForEvents(
      calls.env.stack,
      'acme',
      [ended.id, disposition.id],
      ['done', 'failed'],
      30_000,
    );
    expect(settled[disposition.id]?.status).toBe('done');
    const callId = await linkOf(conversationId, 'Calls');
    const plan = await planOf(disposition.id);
    expect(plan.operations.filter((o) => o.kind === 'create')).toEqual([]);
    expect(plan.operations).toContainEqual(
      expect.objectContaining({
        kind: 'update',
        module: 'Calls',
        recordId: callId,
        fields: { Call_Result: 'Interested' },
      }),
    );
    const record = await (await getZohoClient(calls.env.stack.deps, 'acme')).getRecord('Calls', callId);
    expect(record?.Call_Result).toBe('Interested');
  }, 60_000);
});

describe('transfers', () => {
  it('three legs, out of order, are one Call with the whole talk time', async () => {
    const serial = calls.next();
    const parent = `parent-${serial}`;
    const caller = `+49 30 5551${String(serial).padStart(3, '0')}`;
    const leg = (n: number, start: string, end: string, seconds: number) => ({
      ...callEnded(caller, {
        call: { parentCallId: parent, leg: n, durationSeconds: seconds },
        conversationId: `${parent}-leg${n}`,
      }),
      conversation: {
        ...SAMPLE_EVENTS['call.ended'].conversation,
        id: `${parent}-leg${n}`,
        startedAt: start,
        endedAt: end,
        transcript: [],
      },
    });
    const legs = [
      leg(3, '2024-05-01T11:10:00Z', '2024-05-01T11:12:00Z', 120),
      leg(1, '2024-05-01T11:00:00Z', '2024-05-01T11:05:00Z', 300),
      leg(2, '2024-05-01T11:05:00Z', '2024-05-01T11:10:00Z', 300),
    ];
    for (const l of legs) {
      expect((await calls.env.send(l)).status).toBe(202);
      await waitForEvents(calls.env.stack, 'acme', [l.id]);
    }
    const { rows } = await calls.env.stack.pool.query<{ status: string }>(
      `select status from events where tenant_id = 'acme' and conversation_id = $1`,
      [parent],
    );
    expect(rows.map((r) => r.status)).toEqual(['done', 'done', 'done']);
    const plans = await Promise.all(legs.map((l) => planOf(l.id)));
    expect(
      plans.flatMap((p) => p.operations).filter((o) => o.kind === 'create' && o.module === 'Calls'),
    ).toHaveLength(1);
    const callId = await linkOf(parent, 'Calls');
    const record = await (await getZohoClient(calls.env.stack.deps, 'acme')).getRecord('Calls', callId);
    expect(record?.Call_Duration).toBe('12:00');
  });
});
