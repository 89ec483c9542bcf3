import type { Plan } from '@cxc/shared/domain/plan-schema';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, everyEvent, startEngineStack } from '../../../test/engine-stack.ts';
import { simRecordCounts } from '../../../test/start-connected-stack.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';

/**
 * Phone-only callers of a US tenant: one Lead per real caller however many of their calls are in flight
 * at once, a known caller found whichever way the record spells the number, and a call identified by
 * the number the customer called from (or was called on) when the visitor carries no phone.
 */
let env: EngineStack;
let zoho: ZohoClient;
const SWITCHBOARD = '+1 212 555 0100';

beforeAll(async () => {
  env = await startEngineStack({
    settings: (s) => {
      Object.assign(s.channels.calls, { enabled: true, mode: 'automatic' });
      s.channels.calls.rules = [everyEvent('call-ended', 'call.ended')];
      s.defaultCountry = 'US';
      s.records.internalNumbers = { numbers: [SWITCHBOARD], extensions: [], patterns: [], minDigits: 5 };
    },
    engine: false,
  });
  zoho = await getZohoClient(env.stack.deps, 'acme');
}, 120_000);
afterAll(async () => {
  await env?.stop();
});

let serial = 0;
function callEnded(call: Record<string, unknown>, visitor: Record<string, unknown> = {}) {
  serial += 1;
  const sample = SAMPLE_EVENTS['call.ended'];
  return {
    ...sample,
    id: `caller-${serial}`,
    agent: undefined,
    visitor,
    conversation: { ...sample.conversation, id: `conv-caller-${serial}` },
    call: { ...sample.call, recordingUrl: undefined, ...call },
  };
}

async function run(events: ReturnType<typeof callEnded>[]) {
  for (const event of events) expect((await env.send(event)).status).toBe(202);
  await env.startEngine({ workers: 8 });
  const settled = await waitForEvents(
    env.stack,
    'acme',
    events.map((e) => e.id),
    undefined,
    60_000,
  );
  for (const event of events) expect(settled[event.id]?.status).toBe('done');
}

async function identifiedOf(eventId: string): Promise<Plan['identified']> {
  const { rows } = await env.stack.pool.query<{ plan: Plan }>(
    `select plan from events where tenant_id = 'acme' and event_id = $1`,
    [eventId],
  );
  return rows[0]?.plan.identified;
}

async function personLinks(events: readonly { conversation: { id: string } }[]): Promise<string[]> {
  const { rows } = await env.stack.pool.query<{ record_id: string }>(
    `select distinct record_id from conversation_links
      where tenant_id = 'acme' and role = 'person' and conversation_id = any($1)`,
    [events.map((e) => e.conversation.id)],
  );
  return rows.map((r) => r.record_id);
}

describe('one new caller, several calls in flight', () => {
  it('four concurrent conversations of one new number create one Lead, each spelled its own way', async () => {
    const before = (await simRecordCounts(env.sim, ACME_ORG_ID)).Leads ?? 0;
    // Queued before the engine starts, so the workers take them all at once, as after a pile-up.
    const events = ['+1 646 555 0199', '(646) 555-0199', '001 646 555 0199', '646.555.0199'].map((caller) =>
      callEnded({ caller, direction: 'inbound' }),
    );
    await run(events);
    expect((await simRecordCounts(env.sim, ACME_ORG_ID)).Leads).toBe(before + 1);
    expect(await personLinks(events)).toHaveLength(1);
  });
});

describe('a known caller, whichever way the record spells the number', () => {
  it.each([
    ['Phone', '212.555.0142', '+12125550142', {}],
    ['Phone', '212-555-0143', '+12125550143', {}],
    ['Mobile', '212.555.0144', '+12125550144', {}],
    ['Mobile', '0151 90952444', '+4915190952444', { Country: 'Germany' }],
    ['Phone', '+91 80 64180007', '+918064180007', {}],
  ])('%s %s is found by a call from %s', async (field, spelled, e164, extra) => {
    const record = { Last_Name: `Spelled ${spelled}`, [field]: spelled, ...extra };
    const { results } = await zoho.insertRecords('Leads', [record]);
    const event = callEnded({ caller: e164, direction: 'inbound' });
    await run([event]);
    expect(await identifiedOf(event.id)).toMatchObject({
      outcome: 'found',
      recordId: results[0]?.details.id,
    });
  });
});

describe('the call’s own numbers identify the customer', () => {
  let contactId: string;
  beforeAll(async () => {
    const { results } = await zoho.insertRecords('Contacts', [
      { Last_Name: 'Far End', Phone: '(415) 555-0177' },
    ]);
    contactId = String(results[0]?.details.id);
  });

  it('an inbound call with no visitor phone is identified by its caller', async () => {
    const event = callEnded({ direction: 'inbound', caller: '+14155550177', callee: SWITCHBOARD });
    await run([event]);
    expect(await identifiedOf(event.id)).toMatchObject({ outcome: 'found', recordId: contactId });
  });

  it('an outbound call is identified by the number called, never by our own line', async () => {
    const event = callEnded({ direction: 'outbound', caller: SWITCHBOARD, callee: '415-555-0177' });
    await run([event]);
    expect(await identifiedOf(event.id)).toMatchObject({ outcome: 'found', recordId: contactId });
  });

  it('a visitor phone that is our switchboard gives way to the caller', async () => {
    const event = callEnded({ direction: 'inbound', caller: '+1 415 555 0177' }, { phone: SWITCHBOARD });
    await run([event]);
    expect(await identifiedOf(event.id)).toMatchObject({ outcome: 'found', recordId: contactId });
  });
});
