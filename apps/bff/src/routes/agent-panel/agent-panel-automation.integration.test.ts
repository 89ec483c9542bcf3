import { listHistory } from '@cxc/shared/api/agent-panel';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrlOf, editSettings, eventSender, waitForEvents } from '../../../test/engine-helpers.ts';
import { call, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { type ConnectedStack, startConnectedStack } from '../../../test/start-connected-stack.ts';
import { type RunningEngine, startEngine } from '../../jobs/start-engine.ts';

let env: ConnectedStack;
let engine: RunningEngine;
let alice: SignedInClient;
let carol: SignedInClient;
let send: (event: unknown) => Promise<Response>;
const acme = { tenantId: 'acme' };

beforeAll(async () => {
  env = await startConnectedStack({ ZOHO_RETRY_BASE_MS: '5' });
  await editSettings(env.acmeAdmin, 'acme', (s) => {
    s.defaultCountry = 'DE';
    Object.assign(s.channels.web_chat, { enabled: true, mode: 'automatic' });
    s.channels.web_chat.rules.push({
      id: 'panel-history-chat',
      name: 'panel-history-chat',
      enabled: true,
      trigger: 'chat.ended',
      conditions: [],
      writes: { person: true, activities: true, deal: false },
    });
  });
  send = await eventSender(env.stack, env.acmeAdmin, 'acme');
  engine = await startEngine(env.stack.deps, databaseUrlOf(env.stack), {
    retryBaseMs: 50,
    sweepIntervalMs: 300,
  });
  alice = await signIn(env.stack, 'alice@acme.example');
  carol = await signIn(env.stack, 'carol@globex.example');
}, 120_000);
afterAll(async () => {
  await engine?.stop();
  await env?.stop();
});

const chat = (id: string, conversationId: string, phone: string, email: string) => ({
  ...SAMPLE_EVENTS['chat.ended'],
  id,
  conversation: { ...SAMPLE_EVENTS['chat.ended'].conversation, id: conversationId },
  visitor: { name: 'Hedy Lamarr', email, phone },
  agent: { email: 'ann.automation@acme.example', name: 'Ann' },
});

describe('automation events in the history', () => {
  it("lists the conversation's and the visitor's engine events with the records they wrote", async () => {
    const first = chat('hist-auto-1', 'conv-hist-auto-1', '030 7654321', 'hedy@automation.example');
    const other = chat('hist-auto-2', 'conv-hist-auto-2', '+49 (30) 765-4321', 'lamarr@automation.example');
    const stranger = chat('hist-auto-3', 'conv-hist-auto-3', '+49 30 7654322', 'nobody@automation.example');
    for (const event of [first, other, stranger]) expect((await send(event)).status).toBe(202);
    const settled = await waitForEvents(env.stack, 'acme', [first.id, other.id, stranger.id]);
    expect(settled[first.id]).toMatchObject({ status: 'done' });

    const byConversation = ok(
      await call(alice, listHistory, acme, { query: { conversationId: 'conv-hist-auto-1' } }),
    );
    expect(byConversation.entries).toEqual([]);
    expect(byConversation.automation.map((e) => e.eventId)).toEqual([first.id]);
    const [entry] = byConversation.automation;
    expect(entry).toMatchObject({ type: 'chat.ended', status: 'done', conversationId: 'conv-hist-auto-1' });
    expect(entry?.records[0]).toMatchObject({ module: 'Leads', action: 'created' });
    expect(entry?.records.every((r) => r.webUrl?.includes(`/crm/tab/${r.module}/${r.recordId}`))).toBe(true);

    // The same number however typed (E.164 compare); a number one digit off is someone else.
    const byPhone = ok(await call(alice, listHistory, acme, { query: { leadPhone: '+4930 7654321' } }));
    expect(byPhone.automation.map((e) => e.eventId).sort()).toEqual([first.id, other.id]);
    const byEmail = ok(
      await call(alice, listHistory, acme, { query: { email: 'LAMARR@automation.example' } }),
    );
    expect(byEmail.automation.map((e) => e.eventId)).toEqual([other.id]);
    const byAgent = ok(
      await call(alice, listHistory, acme, { query: { agentEmail: 'ann.automation@acme.example' } }),
    );
    expect(byAgent.automation.map((e) => e.eventId).sort()).toEqual([first.id, other.id, stranger.id]);
  });

  it("never shows another tenant's events", async () => {
    const answer = await call(
      carol,
      listHistory,
      { tenantId: 'globex' },
      {
        query: { conversationId: 'conv-hist-auto-1' },
      },
    );
    expect(ok(answer).automation).toEqual([]);
  });
});
