import type { RunningZohoSim } from '../../packages/zoho-sim/src/index.ts';

/** Zoho answers in roughly 100–300 ms; the simulator in under one. Benches default to the middle. */
export const DEFAULT_ZOHO_LATENCY_MS = 150;

/**
 * Makes the simulator's CRM API take `ms` per call, as Zoho's round trip does: the call is handled, then
 * its answer is held, so the call keeps its concurrency slot meanwhile (`POST /__sim/latency`). Token
 * calls stay fast: the benches measure the CRM traffic.
 */
export async function setZohoLatency(sim: RunningZohoSim, ms: number): Promise<void> {
  const response = await fetch(`${sim.baseUrl}/__sim/latency`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ api_ms: ms }),
  });
  if (!response.ok) throw new Error(`simulator latency: ${response.status} ${await response.text()}`);
}
