import { randomUUID } from 'node:crypto';
import { runAction } from '@cxc/shared/api/agent-panel';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, failed, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import {
  type ConnectedStack,
  simRecordCounts,
  startConnectedStack,
} from '../../../test/start-connected-stack.ts';

let env: ConnectedStack;
let alice: SignedInClient;
const createLead = { tenantId: 'acme', action: 'create_lead' as const };

beforeAll(async () => {
  env = await startConnectedStack();
  alice = await signIn(env.stack, 'alice@acme.example');
  // The admin's "Do not allow duplicate values" on Leads.Email, so Zoho refuses a second Lead with it.
  const response = await fetch(`${env.sim.baseUrl}/__sim/crm/fields/${ACME_ORG_ID}/Leads/Email`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ unique: true }),
  });
  expect(response.status).toBe(200);
});
afterAll(async () => {
  await env.stop();
});

const leads = async () => (await simRecordCounts(env.sim, ACME_ORG_ID)).Leads ?? 0;

function send(firstName: string, lastName: string, email: string) {
  return call(alice, runAction, createLead, {
    body: {
      requestId: randomUUID(),
      context: { conversationId: `conv-${randomUUID()}` },
      values: { First_Name: firstName, Last_Name: lastName, Email: email },
    },
  });
}

describe('an agent creating a person Zoho already has', () => {
  it('is told which record is already there, named and linked, with the field marked', async () => {
    const first = ok(await send('Ada', 'Lovelace', 'ada@engine.example')).record;
    const before = await leads();

    const refused = failed(await send('Augusta', 'King', 'ADA@engine.example'));

    expect(refused).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(refused.issues).toEqual([
      {
        path: [],
        code: 'duplicate_record',
        message: `Zoho CRM already has this record: Leads Ada Lovelace.`,
        params: { module: 'Leads', id: first.id, url: first.url, name: 'Ada Lovelace', field: 'Email' },
      },
      {
        path: ['values', 'Email'],
        code: 'DUPLICATE_DATA',
        message: 'Zoho CRM already has a record with this value.',
        params: {},
      },
    ]);
    expect(await leads()).toBe(before);
  });
});
