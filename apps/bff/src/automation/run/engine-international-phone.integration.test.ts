import { getScreenPop, listHistory, searchZoho } from '@cxc/shared/api/agent-panel';
import type { Plan } from '@cxc/shared/domain/plan-schema';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, everyEvent, startEngineStack } from '../../../test/engine-stack.ts';
import { call, failed, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { simRecordCounts } from '../../../test/start-connected-stack.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';

/**
 * A US tenant and the simulator's German Lead Klaus Becker (`Phone: 030 1234567`, `Country: Germany`):
 * international spellings of his number must find him, never create a second Lead.
 */
let env: EngineStack;
let alice: SignedInClient;
let klausId: string;
const acme = { tenantId: 'acme' };

beforeAll(async () => {
  env = await startEngineStack({
    settings: (s) => {
      s.defaultCountry = 'US';
      s.channels.web_chat.rules = [everyEvent('chat-ended', 'chat.ended')];
    },
  });
  alice = await signIn(env.stack, 'alice@acme.example');
  const zoho = await getZohoClient(env.stack.deps, 'acme');
  const found = await zoho.search('Leads', { email: 'klaus.becker@example.de' });
  klausId = found.records[0]?.id ?? '';
  expect(klausId).not.toBe('');
}, 120_000);
afterAll(async () => {
  await env?.stop();
});

let serial = 0;
/** A Web Chat end whose visitor gives only a phone number (no e-mail to find him by). */
function chatEnded(phone: string, extra: Record<string, unknown> = {}) {
  serial += 1;
  const sample = SAMPLE_EVENTS['chat.ended'];
  return {
    ...sample,
    id: `intl-${serial}`,
    visitor: { name: 'Klaus Becker', phone, ...extra },
    conversation: { ...sample.conversation, id: `conv-intl-${serial}`, attachments: [] },
  };
}

async function planOf(eventId: string): Promise<Plan> {
  const { rows } = await env.stack.pool.query<{ plan: Plan }>(
    `select plan from events where tenant_id = 'acme' and event_id = $1`,
    [eventId],
  );
  return rows[0]?.plan as Plan;
}

describe('automation identifies the German Lead for a US tenant', () => {
  it.each([['00 49 30 1234567'], ['+49 30 1234567'], ['0049301234567'], ['+49 (0)30 123 45 67']])(
    '%s matches Klaus Becker, no new Lead',
    async (phone) => {
      const before = (await simRecordCounts(env.sim, ACME_ORG_ID)).Leads;
      const event = chatEnded(phone);
      expect((await env.send(event)).status).toBe(202);
      const statuses = await waitForEvents(env.stack, 'acme', [event.id]);
      expect(statuses[event.id]?.status).toBe('done');
      const plan = await planOf(event.id);
      expect(plan.identified).toMatchObject({ outcome: 'found', module: 'Leads', recordId: klausId });
      expect(plan.operations.some((op) => op.kind === 'create' && op.module === 'Leads')).toBe(false);
      expect((await simRecordCounts(env.sim, ACME_ORG_ID)).Leads).toBe(before);
    },
  );

  it('still reads a national number in the tenant default (a US number is not Klaus)', async () => {
    const event = chatEnded('030 1234567');
    expect((await env.send(event)).status).toBe(202);
    await waitForEvents(env.stack, 'acme', [event.id]);
    const plan = await planOf(event.id);
    expect(plan.identified).not.toMatchObject({ recordId: klausId });
  });

  it('reads the visitor’s national number in the visitor’s country', async () => {
    const event = chatEnded('030 1234567', { country: 'DE' });
    expect((await env.send(event)).status).toBe(202);
    await waitForEvents(env.stack, 'acme', [event.id]);
    expect((await planOf(event.id)).identified).toMatchObject({ outcome: 'found', recordId: klausId });
  });
});

describe('a number stored with an extension, live from Zoho', () => {
  // Office lines typed with their extension: the caller rings from the base number.
  it.each([
    ['+1 628 555 0141 ext. 12', '+16285550141'],
    ['(628) 555-0142 x12', '+1 628 555 0142'],
    ['628-555-0143;ext=12', '(628) 555-0143'],
    ['+44 20 7946 0958 #123', '+442079460958'],
  ])('a Lead stored as %s is the caller from %s, no new Lead', async (stored, caller) => {
    const zoho = await getZohoClient(env.stack.deps, 'acme');
    const { results } = await zoho.insertRecords('Leads', [
      { Last_Name: `Extension ${stored}`, Company: 'Office Line Ltd', Phone: stored },
    ]);
    const leadId = String(results[0]?.details.id);
    const before = (await simRecordCounts(env.sim, ACME_ORG_ID)).Leads;
    const event = chatEnded(caller);
    expect((await env.send(event)).status).toBe(202);
    expect((await waitForEvents(env.stack, 'acme', [event.id]))[event.id]?.status).toBe('done');
    const plan = await planOf(event.id);
    expect(plan.identified).toMatchObject({ outcome: 'found', module: 'Leads', recordId: leadId });
    expect((await simRecordCounts(env.sim, ACME_ORG_ID)).Leads).toBe(before);
  });
});

describe('agent panel for a US tenant', () => {
  it.each([['00 49 30 1234567'], ['+49 30 1234567'], ['011 49 30 1234567']])(
    'the screen pop for %s finds Klaus Becker',
    async (phone) => {
      const pop = ok(await call(alice, getScreenPop, acme, { query: { channel: 'calls', phone } }));
      expect(pop.matches.map((m) => `${m.module}:${m.id}`)).toContain(`Leads:${klausId}`);
    },
  );

  it('the phone search for 00 49 30 1234567 finds him, trying the German national spellings', async () => {
    const body = ok(await call(alice, searchZoho, acme, { query: { by: 'phone', q: '00 49 30 1234567' } }));
    expect(body.results.map((r) => `${r.module}:${r.id}`)).toEqual([`Leads:${klausId}`]);
    expect(body.tried).toEqual(expect.arrayContaining(['030 1234567', '0301234567', '30 1234567']));
  });

  it('a number it cannot search is a 400 with the reason, never a 500', async () => {
    for (const q of ['garbage', '1'.repeat(300), '\u0000\u0000']) {
      const error = failed(await call(alice, searchZoho, acme, { query: { by: 'phone', q } }));
      expect(error.status).toBe(400);
      expect(error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('the history finds the events sent with 00 49 … by any spelling', async () => {
    const body = ok(await call(alice, listHistory, acme, { query: { leadPhone: '+49 30 1234567' } }));
    expect(body.automation.length).toBeGreaterThanOrEqual(4);
  });
});
