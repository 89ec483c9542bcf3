import { randomUUID } from 'node:crypto';
import { runAction } from '@cxc/shared/api/agent-panel';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, failed, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import {
  type ConnectedStack,
  simFaults,
  simRecordCounts,
  startConnectedStack,
} from '../../../test/start-connected-stack.ts';

let env: ConnectedStack;
let alice: SignedInClient;
const createLead = { tenantId: 'acme', action: 'create_lead' as const };
const ACME_ORG = ACME_ORG_ID;

beforeAll(async () => {
  // Short enough that a held answer (answer_delay_ms) times out: "Zoho wrote it, we never heard".
  env = await startConnectedStack({ ZOHO_HTTP_TIMEOUT_MS: '1500', ZOHO_MAX_RETRIES: '0' });
  alice = await signIn(env.stack, 'alice@acme.example');
});
afterAll(async () => {
  await env.stop();
});

const leads = async () => (await simRecordCounts(env.sim, ACME_ORG)).Leads ?? 0;

function send(requestId: string, lastName: string, conversationId = `conv-${requestId}`) {
  return call(alice, runAction, createLead, {
    body: { requestId, context: { conversationId, name: lastName }, values: { Last_Name: lastName } },
  });
}

describe('agent actions run at most once per request id', () => {
  it('answers a double click (two requests at once) and a later retry with the one record', async () => {
    const before = await leads();
    const requestId = randomUUID();
    const [first, second] = await Promise.all([send(requestId, 'Twice'), send(requestId, 'Twice')]);
    const a = ok(first).record;
    const b = ok(second).record;
    expect(b.id).toBe(a.id);
    const retried = ok(await send(requestId, 'Twice')).record;
    expect(retried).toEqual(a);
    expect(await leads()).toBe(before + 1);
  });

  it('writes a second record for a new request id', async () => {
    const before = await leads();
    const one = ok(await send(randomUUID(), 'Distinct')).record;
    const two = ok(await send(randomUUID(), 'Distinct')).record;
    expect(two.id).not.toBe(one.id);
    expect(await leads()).toBe(before + 2);
  });

  it('lets the same id be sent again after Zoho or our checks refused it', async () => {
    const requestId = randomUUID();
    const refused = failed(
      await call(alice, runAction, createLead, {
        body: { requestId, context: {}, values: { Last_Name: '' } },
      }),
    );
    expect(refused.status).toBe(400);
    const before = await leads();
    ok(await send(requestId, 'Fixed'));
    expect(await leads()).toBe(before + 1);
  });

  it('answers success once Zoho created the record, even when our own bookkeeping then fails', async () => {
    // The conversation link and the history both fail to write, as the NUL in Last_Name made them fail.
    await env.stack.pool.query(`
      create function cxc_test_refuse() returns trigger language plpgsql as
        $$ begin raise exception 'refused by test'; end $$;
      create trigger cxc_test_refuse_links before insert on conversation_links
        for each row execute function cxc_test_refuse();
      create trigger cxc_test_refuse_history before insert on agent_panel_actions
        for each row execute function cxc_test_refuse();`);
    try {
      const before = await leads();
      const requestId = randomUUID();
      const created = ok(await send(requestId, 'Bookkeeping'));
      expect(created.record).toMatchObject({ module: 'Leads', source: 'agent' });
      const again = ok(await send(requestId, 'Bookkeeping'));
      expect(again.record.id).toBe(created.record.id);
      expect(await leads()).toBe(before + 1);
    } finally {
      await env.stack.pool.query(`
        drop trigger cxc_test_refuse_links on conversation_links;
        drop trigger cxc_test_refuse_history on agent_panel_actions;
        drop function cxc_test_refuse();`);
    }
  });

  it('never writes blindly again when Zoho applied the write but its answer was lost', async () => {
    ok(await send(randomUUID(), 'Warm-up')); // fields and users are cached: only the insert meets the fault
    const before = await leads();
    const requestId = randomUUID();
    await simFaults(env.sim, { answer_delay_ms: 4_000, target: 'api' });
    try {
      const lost = failed(await send(requestId, 'Unheard'));
      expect(lost).toMatchObject({ status: 502, code: 'UPSTREAM_UNAVAILABLE' });
    } finally {
      await simFaults(env.sim, null);
    }
    expect(await leads()).toBe(before + 1);
    const retried = failed(await send(requestId, 'Unheard'));
    expect(retried).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect(retried.issues.map((issue) => issue.code)).toEqual(['may_exist']);
    expect(await leads()).toBe(before + 1);
  });

  it("refuses a request id that another agent's action holds", async () => {
    const bob = await signIn(env.stack, 'bob@acme.example');
    const requestId = randomUUID();
    ok(await send(requestId, 'Mine'));
    const taken = failed(
      await call(bob, runAction, createLead, {
        body: { requestId, context: {}, values: { Last_Name: 'Theirs' } },
      }),
    );
    expect(taken).toMatchObject({ status: 409, code: 'CONFLICT' });
  });

  it('requires a request id', async () => {
    const missing = failed(
      await call(alice, runAction, createLead, {
        body: { context: {}, values: { Last_Name: 'NoId' } },
      }),
    );
    expect(missing.status).toBe(400);
    expect(missing.issues.map((issue) => issue.path.join('.'))).toContain('requestId');
  });
});
