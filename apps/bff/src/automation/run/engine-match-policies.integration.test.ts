import type { Plan } from '@cxc/shared/domain/plan-schema';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editSettings, waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, everyEvent, startEngineStack } from '../../../test/engine-stack.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';

/** Several people match one call: the owned_by_agent and shared_account policies, end to end over HTTP. */
const ALICE = '4150868000000225002';
let env: EngineStack;
let serial = 0;

beforeAll(async () => {
  env = await startEngineStack({
    settings: (s) => {
      Object.assign(s.channels.calls, { enabled: true, mode: 'automatic', visitorAs: 'Contacts' });
      s.channels.calls.rules = [everyEvent('call-ended', 'call.ended')];
      s.defaultCountry = 'DE';
    },
  });
}, 120_000);
afterAll(async () => {
  await env?.stop();
});

function callEnded(caller: string) {
  serial += 1;
  const sample = SAMPLE_EVENTS['call.ended'];
  return {
    ...sample,
    id: `mp-${serial}`,
    agent: { email: 'alice@acme.example', name: 'Alice' },
    conversation: { ...sample.conversation, id: `conv-mp-${serial}` },
    call: { ...sample.call, caller, recordingUrl: undefined },
  };
}

async function identifiedOf(event: ReturnType<typeof callEnded>): Promise<Plan['identified']> {
  expect((await env.send(event)).status).toBe(202);
  const done = await waitForEvents(env.stack, 'acme', [event.id], ['done', 'failed'], 30_000);
  expect(done[event.id]?.status).toBe('done');
  const { rows } = await env.stack.pool.query<{ plan: Plan }>(
    `select plan from events where tenant_id = 'acme' and event_id = $1`,
    [event.id],
  );
  return rows[0]?.plan.identified;
}

async function ids(records: Record<string, unknown>[], module = 'Contacts'): Promise<string[]> {
  const zoho = await getZohoClient(env.stack.deps, 'acme');
  const { results } = await zoho.insertRecords(module, records);
  return results.map((r) => String(r.details.id));
}

describe('several matches', () => {
  it('owned_by_agent: the call goes to the person the conversation’s agent owns, not the newest', async () => {
    await editSettings(env.acmeAdmin, 'acme', (s) => {
      s.identification.multipleMatchesByModule = { Contacts: 'owned_by_agent' };
    });
    const phone = '+49 30 7772001';
    const [alices] = await ids([{ Last_Name: 'Owned By Alice', Phone: phone, Owner: { id: ALICE } }]);
    await ids([{ Last_Name: 'Newer Someone Else', Phone: phone }]);
    const identified = await identifiedOf(callEnded(phone));
    expect(identified).toMatchObject({ outcome: 'found', module: 'Contacts', recordId: alices });
  }, 60_000);

  it('shared_account: people of one company log the call to their Account, no person', async () => {
    await editSettings(env.acmeAdmin, 'acme', (s) => {
      s.identification.multipleMatchesByModule = { Contacts: 'shared_account' };
    });
    const phone = '+49 30 7772002';
    const [account] = await ids([{ Account_Name: 'Shared Switchboard GmbH' }], 'Accounts');
    await ids([
      { Last_Name: 'Desk One', Phone: phone, Account_Name: { id: account } },
      { Last_Name: 'Desk Two', Phone: phone, Account_Name: { id: account } },
    ]);
    const identified = await identifiedOf(callEnded(phone));
    expect(identified).toMatchObject({ outcome: 'found', module: 'Accounts', recordId: account });
  }, 60_000);
});
