import { type RunningZohoSim, startZohoSim } from '@cxc/zoho-sim';
import { connectTenantToSim } from './connect-tenant-to-sim.ts';
import { SIM_SEARCH_INDEX_LAG_SECONDS } from './sim-defaults.ts';
import { signIn, type SignedInClient } from './sign-in.ts';
import { startTestStack, type TestStack } from './start-test-stack.ts';

export interface ConnectedStack {
  stack: TestStack;
  sim: RunningZohoSim;
  /** admin@acme.example, connected to the simulator's Acme org (US). */
  acmeAdmin: SignedInClient;
  /** admin@globex.example, connected to the simulator's Globex org (EU). */
  globexAdmin: SignedInClient;
  stop(): Promise<void>;
}

/**
 * A test stack and a simulator (both on port 0) with Acme and Globex connected to their demo orgs. A bench
 * passes `startSim` to run the simulator elsewhere (its own process) and measure the BFF alone.
 */
export async function startConnectedStack(
  env: Record<string, string> = {},
  startSim: () => Promise<RunningZohoSim> = () =>
    startZohoSim({ port: 0, searchIndexDelaySeconds: SIM_SEARCH_INDEX_LAG_SECONDS }),
): Promise<ConnectedStack> {
  const sim = await startSim();
  let stack: TestStack | undefined;
  try {
    stack = await startTestStack({ env: { ZOHO_SIM_URL: sim.baseUrl, ...env } });
    const acmeAdmin = await signIn(stack, 'admin@acme.example');
    const globexAdmin = await signIn(stack, 'admin@globex.example');
    await connectTenantToSim(stack, sim, acmeAdmin, {
      userEmail: 'zoho-admin@acme.example',
      dataCenterId: 'sim-us',
    });
    await connectTenantToSim(stack, sim, globexAdmin, {
      userEmail: 'zoho-admin@globex.example',
      dataCenterId: 'sim-eu',
    });
    const started = stack;
    return {
      stack: started,
      sim,
      acmeAdmin,
      globexAdmin,
      async stop() {
        await started.stop().finally(() => sim.stop());
      },
    };
  } catch (error) {
    await stack?.stop().catch(() => undefined);
    await sim.stop();
    throw error;
  }
}

interface SimRequest {
  seq: number;
  method: string;
  path: string;
  status: number;
}

/** The simulator's API-host request log after `since` (a `last_seq` cursor). */
export async function simRequests(
  sim: RunningZohoSim,
  since = 0,
): Promise<{ requests: SimRequest[]; lastSeq: number }> {
  const response = await fetch(`${sim.baseUrl}/__sim/requests?host=api&since=${since}`);
  const body = (await response.json()) as { requests: SimRequest[]; last_seq: number };
  return { requests: body.requests, lastSeq: body.last_seq };
}

/** Record counts per module of one simulator org. */
export async function simRecordCounts(sim: RunningZohoSim, orgId: string): Promise<Record<string, number>> {
  const response = await fetch(`${sim.baseUrl}/__sim/orgs`);
  const { orgs } = (await response.json()) as { orgs: { id: string; counts: Record<string, number> }[] };
  const org = orgs.find((o) => o.id === orgId);
  if (!org) throw new Error(`no simulator org ${orgId}`);
  return org.counts;
}

/** `POST /__sim/faults` (merge) or, with `null`, `DELETE` (clear all). */
export async function simFaults(sim: RunningZohoSim, faults: Record<string, unknown> | null): Promise<void> {
  const response = await fetch(`${sim.baseUrl}/__sim/faults`, {
    method: faults ? 'POST' : 'DELETE',
    headers: { 'content-type': 'application/json' },
    ...(faults ? { body: JSON.stringify(faults) } : {}),
  });
  if (!response.ok) throw new Error(`simulator faults: ${response.status}`);
}

/** `POST /__sim/latency`: how long the simulator holds each answer, as Zoho's round trip would. */
export async function simLatency(sim: RunningZohoSim, settings: { api_ms?: number; accounts_ms?: number }) {
  const response = await fetch(`${sim.baseUrl}/__sim/latency`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
  if (!response.ok) throw new Error(`simulator latency: ${response.status}`);
}
