import { listHistory } from '@cxc/shared/api/agent-panel';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, everyEvent, startEngineStack } from '../../../test/engine-stack.ts';
import { call, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';

let env: EngineStack;
let alice: SignedInClient;
let carol: SignedInClient;
let send: EngineStack['send'];
const acme = { tenantId: 'acme' };

beforeAll(async () => {
  env = await startEngineStack({
    settings: (s) => {
      s.defaultCountry = 'DE';
      s.channels.web_chat.rules.push(everyEvent('panel-history-chat', 'chat.ended'));
    },
  });
  send = env.send;
  alice = await signIn(env.stack, 'alice@acme.example');
  carol = await signIn(env.stack, 'carol@globex.example');
}, 120_000);
afterAll(async () => {
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

  it('says why an event was skipped, and has no error for one that wrote its records', async () => {
    const ended = chat('hist-auto-why-1', 'conv-hist-auto-why', '+49 30 1112223', 'why@automation.example');
    // No rule listens to `chat.started` (the defaults and this file's rule only to `chat.ended`).
    const sample = SAMPLE_EVENTS['chat.started'];
    const started = {
      ...sample,
      id: 'hist-auto-why-2',
      conversation: { ...sample.conversation, id: 'conv-hist-auto-why' },
      visitor: ended.visitor,
    };
    for (const event of [ended, started]) expect((await send(event)).status).toBe(202);
    await waitForEvents(env.stack, 'acme', [ended.id, started.id]);

    const history = ok(
      await call(alice, listHistory, acme, { query: { conversationId: 'conv-hist-auto-why' } }),
    );
    const byId = Object.fromEntries(history.automation.map((e) => [e.eventId, e]));
    expect(byId[started.id]).toMatchObject({ status: 'skipped', skipReason: 'no_rule_matched', error: null });
    expect(byId[ended.id]).toMatchObject({ status: 'done', skipReason: null, error: null });
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
