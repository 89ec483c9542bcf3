import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** What a breaker reports per tenant; closed tenants are simply absent. */
export type BreakerSnapshot = ReadonlyMap<string, 'open' | 'probing'>;

const breakers = new Set<() => BreakerSnapshot>();

/**
 * Process-wide counters for what the Zoho client, the token vault and the engine do. They live outside any
 * registry because the code that counts (zoho-http.ts, refresh-access-token.ts) has no app at hand; each
 * app's registry (BFF, worker) adopts them in `registerTelemetry`. Counters are per process by nature:
 * Prometheus sums them across processes. Tenant ids are labels: one series per tenant and kind is the
 * granularity the dashboard needs, and tenants number in the hundreds, not the millions.
 */
export const telemetry = {
  zohoCalls: new Counter({
    name: 'cxc_zoho_calls_total',
    help: 'Zoho CRM API calls by tenant, kind (read, write, coql, search, upload) and outcome',
    labelNames: ['tenant', 'kind', 'outcome'] as const,
    registers: [],
  }),
  zohoCredits: new Counter({
    name: 'cxc_zoho_credits_total',
    help: 'Zoho API credits spent by tenant and kind of call',
    labelNames: ['tenant', 'kind'] as const,
    registers: [],
  }),
  tokenRefreshes: new Counter({
    name: 'cxc_zoho_token_refreshes_total',
    help: 'Zoho access-token refreshes sent to the accounts server, by tenant and outcome',
    labelNames: ['tenant', 'outcome'] as const,
    registers: [],
  }),
  eventLatency: new Histogram({
    name: 'cxc_event_to_record_seconds',
    help: 'Time from an event being accepted to its records being written in Zoho (events that end done)',
    buckets: [0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600],
    registers: [],
  }),
  breakerState: new Gauge({
    name: 'cxc_zoho_breaker_state',
    help: "The engine's Zoho circuit breaker per tenant in this process: 1 open, 2 probing (absent when closed)",
    labelNames: ['tenant'] as const,
    registers: [],
    collect() {
      this.reset();
      for (const snapshot of breakers)
        for (const [tenant, state] of snapshot()) this.set({ tenant }, state === 'open' ? 1 : 2);
    },
  }),
};

/** An engine's breaker reports through this while it runs; the returned function unregisters it. */
export function reportBreaker(snapshot: () => BreakerSnapshot): () => void {
  breakers.add(snapshot);
  return () => breakers.delete(snapshot);
}

export function registerTelemetry(registry: Registry): void {
  for (const metric of Object.values(telemetry)) registry.registerMetric(metric);
}

/** The kind label of a Zoho CRM call, from its method and path (`/coql`, `/Leads/search?…`, …). */
export function zohoCallKind(method: string, path: string, multipart: boolean): string {
  if (multipart) return 'upload';
  if (path.startsWith('/coql')) return 'coql';
  if (/\/search(\?|$)/.test(path)) return 'search';
  return method === 'GET' ? 'read' : 'write';
}
