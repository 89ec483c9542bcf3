import type { Plan } from '@cxc/shared/domain/plan-schema';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { afterAll, beforeAll } from 'vitest';
import { type EngineStack, everyEvent, startEngineStack } from './engine-stack.ts';

type Sample = (typeof SAMPLE_EVENTS)['call.ended'];
interface CallOptions {
  agent?: Sample['agent'];
  call?: Record<string, unknown>;
  conversationId?: string;
}

function callEndedEvent(id: string, caller: string, { agent, call, conversationId }: CallOptions) {
  const sample = SAMPLE_EVENTS['call.ended'];
  return {
    ...sample,
    id,
    agent,
    conversation: { ...sample.conversation, id: conversationId ?? `conv-${id}` },
    call: { ...sample.call, caller, recordingUrl: undefined, ...call },
  };
}
export type CallEnded = ReturnType<typeof callEndedEvent>;

export interface CallsEngine {
  /** The running stack: read it inside tests and hooks (it exists once the file's `beforeAll` ran). */
  readonly env: EngineStack;
  /** A number no other event of the file has used: for ids and callers of a test's own. */
  next: () => number;
  /** A `call.ended` from `caller`, without a recording, with ids of its own (`<prefix>-<n>`). */
  callEnded: (caller: string, options?: CallOptions) => CallEnded;
  /** The plan the engine stored for an event of Acme's. */
  planOf: (eventId: string) => Promise<Plan>;
  /** The record of `module` linked to the conversation; '' when there is none. */
  linkOf: (conversationId: string, module: string) => Promise<string>;
}

/**
 * The engine call tests' common start, once per file: Acme's Calls channel in automatic mode, every
 * ended call written, visitors as Contacts, Germany as the default country, plus the file's own
 * `settings`; `ready` runs once the engine is up (seed records, sign in). Stopped after the file.
 */
export function useCallsEngine(
  prefix: string,
  options: { settings?: (s: IntegrationSettings) => void; ready?: (env: EngineStack) => Promise<void> } = {},
): CallsEngine {
  let env: EngineStack | undefined;
  let serial = 0;
  beforeAll(async () => {
    env = await startEngineStack({
      settings: (s) => {
        Object.assign(s.channels.calls, { enabled: true, mode: 'automatic', visitorAs: 'Contacts' });
        s.channels.calls.rules = [everyEvent('call-ended', 'call.ended')];
        s.defaultCountry = 'DE';
        options.settings?.(s);
      },
    });
    await options.ready?.(env);
  }, 120_000);
  afterAll(async () => {
    await env?.stop();
  });
  const running = (): EngineStack => {
    if (!env) throw new Error('the calls engine has not started (use it inside a test or hook)');
    return env;
  };
  return {
    get env() {
      return running();
    },
    next: () => (serial += 1),
    callEnded: (caller, callOptions = {}) =>
      callEndedEvent(`${prefix}-${(serial += 1)}`, caller, callOptions),
    planOf: async (eventId) => {
      const { rows } = await running().stack.pool.query<{ plan: Plan }>(
        `select plan from events where tenant_id = 'acme' and event_id = $1`,
        [eventId],
      );
      return rows[0]?.plan as Plan;
    },
    linkOf: async (conversationId, module) => {
      const { rows } = await running().stack.pool.query<{ record_id: string }>(
        `select record_id from conversation_links where tenant_id = 'acme' and conversation_id = $1 and module = $2`,
        [conversationId, module],
      );
      return rows[0]?.record_id ?? '';
    },
  };
}
