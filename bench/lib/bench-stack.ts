import type { IntegrationSettings } from '../../packages/shared/src/domain/settings.ts';
import { ACME_ORG_ID, type RunningZohoSim, startZohoSim } from '../../packages/zoho-sim/src/index.ts';
import { connectTenantToSim } from '../../apps/bff/test/connect-tenant-to-sim.ts';
import { editSettings, eventSender } from '../../apps/bff/test/engine-helpers.ts';
import { signIn, type SignedInClient } from '../../apps/bff/test/sign-in.ts';
import { simRequests } from '../../apps/bff/test/start-connected-stack.ts';
import { startTestStack, type TestStack } from '../../apps/bff/test/start-test-stack.ts';
import { collectRequests } from '../events/collect-requests.ts';
import type { LoggedCall } from './classify-calls.ts';
import { setZohoLatency } from './zoho-latency.ts';

export interface BenchStack {
  sim: RunningZohoSim;
  stack: TestStack;
  admin: SignedInClient;
  /** Posts a signed event for Acme, as the platform would. */
  send: (event: unknown) => Promise<Response>;
  /** Starts following the simulator's CRM request log; `all()` ends it and returns what was seen. */
  watchCalls(): Promise<{ all(): Promise<LoggedCall[]> }>;
  /** Acme's records per module in the simulator. */
  recordCounts(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

/**
 * The engine benches' common start: simulator and BFF on loopback, Acme connected through the product's
 * Self Client flow, the given channels in automatic mode with their default rules and mappings, Acme's
 * credit budget lifted (credits are measured, not rationed), and Zoho's round trip set to `latencyMs`.
 * Needs PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test).
 */
export async function startBenchStack(options: {
  latencyMs: number;
  channels: readonly (keyof IntegrationSettings['channels'])[];
}): Promise<BenchStack> {
  process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
  const sim = await startZohoSim({ port: 0 });
  const stack = await startTestStack({
    env: { ZOHO_SIM_URL: sim.baseUrl, LOG_LEVEL: 'warn' },
    productPool: true,
  });
  await fetch(`${sim.baseUrl}/__sim/crm/limits`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ orgId: ACME_ORG_ID, credits: 100_000_000 }),
  });
  const admin = await signIn(stack, 'admin@acme.example');
  await connectTenantToSim(stack, sim, admin, {
    userEmail: 'zoho-admin@acme.example',
    dataCenterId: 'sim-us',
  });
  await editSettings(admin, 'acme', (s) => {
    for (const channel of options.channels)
      Object.assign(s.channels[channel], { enabled: true, mode: 'automatic' });
  });
  const send = resending(await eventSender(stack, admin, 'acme'));
  await setZohoLatency(sim, options.latencyMs);
  return {
    sim,
    stack,
    admin,
    send,
    async watchCalls() {
      const { lastSeq } = await simRequests(sim);
      return collectRequests(sim, lastSeq);
    },
    async recordCounts() {
      const response = await fetch(`${sim.baseUrl}/__sim/orgs`);
      const { orgs } = (await response.json()) as { orgs: { id: string; counts: Record<string, number> }[] };
      return orgs.find((o) => o.id === ACME_ORG_ID)?.counts ?? {};
    },
    async stop() {
      await stack.stop().finally(() => sim.stop());
    },
  };
}

/**
 * As the platform does: an event shed with 503 or 429 is sent again after its Retry-After, so every event
 * arrives (only its acceptance is later). Other answers are returned as they are.
 */
function resending(send: (event: unknown) => Promise<Response>) {
  return async (event: unknown): Promise<Response> => {
    for (let attempt = 1; ; attempt += 1) {
      const response = await send(event);
      if ((response.status !== 503 && response.status !== 429) || attempt >= 60) return response;
      await response.arrayBuffer();
      const seconds = Number(response.headers.get('retry-after') ?? 1);
      await new Promise((resolve) => setTimeout(resolve, Math.min(5, Math.max(0.1, seconds)) * 1000));
    }
  };
}

/** Records created per module between two `recordCounts()`. */
export function createdBetween(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, number> {
  const created: Record<string, number> = {};
  for (const [module, n] of Object.entries(after)) {
    const delta = n - (before[module] ?? 0);
    if (delta) created[module] = delta;
  }
  return created;
}

/** Records beyond those expected (per module): a visitor or conversation written twice. */
export function duplicatesOf(created: Record<string, number>, expected: Record<string, number>): number {
  let extra = 0;
  for (const [module, n] of Object.entries(created)) extra += Math.max(0, n - (expected[module] ?? 0));
  return extra;
}
