import type { Plan } from '@cxc/shared/domain/plan-schema';
import { describe, expect, it } from 'vitest';
import { useCallsEngine, type CallEnded } from '../../../test/calls-engine.ts';
import { editSettings, waitForEvents } from '../../../test/engine-helpers.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';

/** Several people match one call: the owned_by_agent and shared_account policies, end to end over HTTP. */
const ALICE = '4150868000000225002';
const calls = useCallsEngine('mp');
const callEnded = (caller: string) =>
  calls.callEnded(caller, { agent: { email: 'alice@acme.example', name: 'Alice' } });

async function identifiedOf(event: CallEnded): Promise<Plan['identified']> {
  expect((await calls.env.send(event)).status).toBe(202);
  const done = await waitForEvents(calls.env.stack, 'acme', [event.id], ['done', 'failed'], 30_000);
  expect(done[event.id]?.status).toBe('done');
  return (await calls.planOf(event.id)).identified;
}

async function ids(records: Record<string, unknown>[], module = 'Contacts'): Promise<string[]> {
  const zoho = await getZohoClient(calls.env.stack.deps, 'acme');
  const { results } = await zoho.insertRecords(module, records);
  return results.map((r) => String(r.details.id));
}

describe('several matches', () => {
  it('owned_by_agent: the call goes to the person the conversation’s agent owns, not the newest', async () => {
    await editSettings(calls.env.acmeAdmin, 'acme', (s) => {
      s.identification.multipleMatchesByModule = { Contacts: 'owned_by_agent' };
    });
    const phone = '+49 30 7772001';
    const [alices] = await ids([{ Last_Name: 'Owned By Alice', Phone: phone, Owner: { id: ALICE } }]);
    await ids([{ Last_Name: 'Newer Someone Else', Phone: phone }]);
    const identified = await identifiedOf(callEnded(phone));
    expect(identified).toMatchObject({ outcome: 'found', module: 'Contacts', recordId: alices });
  }, 60_000);

  it('shared_account: people of one company log the call to their Account, no person', async () => {
    await editSettings(calls.env.acmeAdmin, 'acme', (s) => {
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
