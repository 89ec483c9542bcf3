import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { type RunningEngine, startEngine } from '../src/automation/queue/start-engine.ts';
import type { EngineOptions } from '../src/automation/run/engine-options.ts';
import { databaseUrlOf, editSettings, eventSender } from './engine-helpers.ts';
import { type ConnectedStack, startConnectedStack } from './start-connected-stack.ts';

type Rule = IntegrationSettings['channels']['web_chat']['rules'][number];

/** A rule that writes the person and the activities for every event of `trigger`. */
export const everyEvent = (id: string, trigger: Rule['trigger']): Rule => ({
  id,
  name: id,
  enabled: true,
  trigger,
  conditions: [],
  writes: { person: true, activities: true, deal: false },
});

export interface EngineStack extends ConnectedStack {
  /** Posts a signed event for Acme, as the platform would. */
  send: (event: unknown) => Promise<Response>;
  engine: RunningEngine | undefined;
  /** Starts the engine (once), when the test wanted events queued first. */
  startEngine(options?: Partial<EngineOptions>): Promise<RunningEngine>;
}

/** Engine drills run in seconds: fast retries and sweeps unless a test asks otherwise. */
const FAST: Partial<EngineOptions> = { retryBaseMs: 50, retryMaxMs: 400, sweepIntervalMs: 300 };

/**
 * The engine tests' common start: the connected stack, Acme's Web Chat in automatic mode (plus the test's
 * own settings), a signing secret, and the engine (unless `engine: false`).
 */
export async function startEngineStack(
  options: {
    env?: Record<string, string>;
    settings?: (s: IntegrationSettings) => void;
    engine?: Partial<EngineOptions> | false;
  } = {},
): Promise<EngineStack> {
  const connected = await startConnectedStack({ ZOHO_RETRY_BASE_MS: '5', ...options.env });
  const stack: EngineStack = {
    ...connected,
    send: async () => Promise.reject(new Error('not ready')),
    engine: undefined,
    async startEngine(engineOptions = {}) {
      stack.engine ??= await startEngine(connected.stack.deps, databaseUrlOf(connected.stack), {
        ...FAST,
        ...engineOptions,
      });
      return stack.engine;
    },
    async stop() {
      await stack.engine?.stop();
      await connected.stop();
    },
  };
  try {
    await editSettings(connected.acmeAdmin, 'acme', (s) => {
      Object.assign(s.channels.web_chat, { enabled: true, mode: 'automatic' });
      options.settings?.(s);
    });
    stack.send = await eventSender(connected.stack, connected.acmeAdmin, 'acme');
    if (options.engine !== false) await stack.startEngine(options.engine);
    return stack;
  } catch (error) {
    await stack.stop();
    throw error;
  }
}
