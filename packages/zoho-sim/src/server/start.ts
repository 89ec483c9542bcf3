import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Dc, DCS, type DcUrls, dcUrls } from '../core/dcs.ts';
import { createDownGate } from '../faults/down-gate.ts';
import { SEED_NAME } from '../seed/apply-seed.ts';
import { latencyFromEnv } from '../latency/latency.ts';
import type { SimLimits } from '../store/limits.ts';
import { createSimApp } from './create-app.ts';
import { createSimContext } from './create-context.ts';
import { loadStateFile, saveStateFile } from './state-file.ts';

export interface StartOptions {
  /** 0 (default) picks a free port, which is what tests use. */
  port?: number;
  host?: string;
  /** `demo` (default) or `empty`. */
  seed?: string;
  /** Loaded on start when it exists, written on stop. */
  stateFile?: string;
  limits?: Partial<SimLimits>;
  /**
   * Fresh records stay invisible to `/search` this many simulator seconds, as on Zoho, where the search
   * index trails writes. Kept through `DELETE /__sim/faults` and resets; tests of the product turn it on.
   */
  searchIndexDelaySeconds?: number;
  /**
   * Zoho's round trip: every CRM API answer is held this many ms while the call keeps its concurrency
   * slot (default `ZOHO_SIM_LATENCY_MS`, else 0). Changeable at run time through `POST /__sim/latency`.
   */
  latencyMs?: number;
  /** The same for Accounts token answers (default `ZOHO_SIM_ACCOUNTS_LATENCY_MS`, else 0). */
  accountsLatencyMs?: number;
}

export interface RunningZohoSim {
  baseUrl: string;
  dcs: Record<Dc, DcUrls>;
  stop(): Promise<void>;
}

export async function startZohoSim(options: StartOptions = {}): Promise<RunningZohoSim> {
  const seed = options.seed ?? 'demo';
  if (!SEED_NAME.test(seed)) throw new Error(`Invalid seed name "${seed}"`);
  const host = options.host ?? '127.0.0.1';
  let baseUrl = '';
  const fromEnv = latencyFromEnv(process.env);
  const latency = {
    ...fromEnv,
    ...(options.latencyMs === undefined ? {} : { api_ms: options.latencyMs }),
    ...(options.accountsLatencyMs === undefined ? {} : { accounts_ms: options.accountsLatencyMs }),
  };
  const ctx = createSimContext({
    latency,
    seed,
    baseUrl: () => baseUrl,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.searchIndexDelaySeconds === undefined
      ? {}
      : { searchIndexDelaySeconds: options.searchIndexDelaySeconds }),
  });
  if (options.stateFile !== undefined) loadStateFile(ctx, options.stateFile);
  const gate = createDownGate(ctx.faults, ctx.log, ctx.clock);
  const server = createServer(gate.wrap(createSimApp(ctx)));
  gate.attach(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  baseUrl = `http://${urlHost}:${port}`;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await ctx.crm.close();
      if (options.stateFile !== undefined) saveStateFile(ctx, options.stateFile);
    })();
    return stopping;
  };
  const dcs = Object.fromEntries(DCS.map((dc) => [dc, dcUrls(baseUrl, dc)])) as Record<Dc, DcUrls>;
  return { baseUrl, dcs, stop };
}
