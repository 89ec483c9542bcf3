import { join, resolve } from 'node:path';
import { ConfigError } from './config-error.ts';
import { envSchema } from './env-schema.ts';
import { repoRoot } from './paths.ts';

export interface AppConfig {
  host: string;
  port: number;
  /** The engine worker's health and metrics port (the worker program only). */
  workerPort: number;
  /** Origin of the console and BFF as the browser sees it; no trailing slash. */
  publicUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: boolean | number;
  dataDir: string;
  webDistDir: string;
  database:
    { mode: 'external'; url: string; poolMax: number } | { mode: 'embedded'; port: number; poolMax: number };
  oidc:
    | { mode: 'external'; issuer: string; clientId: string; clientSecret: string }
    | { mode: 'dev'; port: number };
  oidcScopes: string;
  claims: { role: string; tenant: string; tenantName: string };
  /** Raw key ring spec; unset only in embedded mode, where main.ts fills it from `.data/dev-secrets.json`. */
  encryptionKeys: string | undefined;
  sessionTtlSeconds: number;
  /** A session unused this long ends, whatever its absolute lifetime left. */
  sessionIdleSeconds: number;
  /** A session read from the database is trusted this long in memory (0: read on every request). */
  sessionCacheSeconds: number;
  /** SameSite of the session cookie only; the sign-in transaction cookie stays Lax (the IdP redirect back). */
  sessionCookieSameSite: 'lax' | 'strict' | 'none';
  metrics: MetricsAccess;
  authRateLimitPerMinute: number;
  zohoSim: { enabled: boolean; port: number };
  /** The automation engine's workers in this process (issue 6). */
  engine: {
    enabled: boolean;
    workers: number;
    retryBaseMs: number;
    maxAttempts: number;
    giveUpAfterMs: number;
    batchWindowMs: number;
  };
  /**
   * Customer data: when an import switches to Bulk Read and how often a job's state is read; `watch`
   * (PUBLIC_URL set and MIRROR_WATCH not off): Zoho can reach us, so changes come by the Notification API.
   */
  mirror: { bulkThreshold: number; bulkPollMs: number; watch: boolean };
  /** Token bucket of `POST /api/events` per tenant: refill per minute, also the burst size. */
  eventsRateLimitPerMinute: number;
  /** Token bucket of the platform's customer list per tenant (`GET /api/platform/v1/customers`). */
  customerApiRateLimitPerMinute: number;
  zoho: {
    /** A running simulator (ZOHO_SIM_URL, or set by start-services): its DCs join the allowlist. */
    simUrl: string | undefined;
    httpTimeoutMs: number;
    retryBaseMs: number;
    maxRetries: number;
    /** Access tokens are refreshed this long before they expire. */
    refreshMarginSeconds: number;
  };
  agentPanel: { frameAncestors: string[]; dialUrlTemplate: string };
  /** Attachment downloads may reach private and loopback addresses (development, tests): SSRF guard off. */
  attachments: { allowPrivateHosts: boolean };
  /** CXC_EMBEDDED chosen and some piece embedded (database or IdP): a development setup. */
  embedded: boolean;
}

/** Which program reads the configuration: the BFF, or the engine worker (jobs/worker-main.ts). */
export type ConfigProgram = 'bff' | 'worker';

/** What a process needs unless the embedded development setup was chosen explicitly. */
const REQUIRED: Record<ConfigProgram, readonly string[]> = {
  bff: ['DATABASE_URL', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'ENCRYPTION_KEYS'],
  // The worker never signs anyone in: the database and the key ring for the stored Zoho tokens.
  worker: ['DATABASE_URL', 'ENCRYPTION_KEYS'],
};

function missingSettings(defined: Record<string, unknown>, program: ConfigProgram): string[] {
  // The worker has nothing to embed: it always runs against the deployment's database.
  if (program === 'bff' && defined.CXC_EMBEDDED === 'true') return [];
  const missing = REQUIRED[program].filter((name) => defined[name] === undefined);
  if (missing.length === 0) return [];
  const who = program === 'bff' ? 'The BFF' : 'The engine worker';
  const hint =
    program === 'bff'
      ? ' For the all-in-one development setup run `pnpm start` (it sets CXC_EMBEDDED=true).'
      : '';
  return [
    `environment: ${who} needs ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not set.${hint}`,
  ];
}

/**
 * Who may read /metrics. A token wins; without one, production hides the endpoint (404) unless told it is
 * public, and the embedded default answers loopback clients only.
 */
export type MetricsAccess =
  { mode: 'token'; token: string } | { mode: 'public' } | { mode: 'loopback' } | { mode: 'hidden' };

/** Parses the environment once; throws ConfigError naming every problem. */
export function parseConfig(
  source: Record<string, string | undefined>,
  options: { program?: ConfigProgram } = {},
): AppConfig {
  const program = options.program ?? 'bff';
  const defined = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(defined);
  const missing = missingSettings(defined, program);
  if (!parsed.success || missing.length > 0) {
    throw new ConfigError([
      ...missing,
      ...(parsed.error?.issues ?? []).map(
        (issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`,
      ),
    ]);
  }
  const env = parsed.data;
  const embeddedChosen = program === 'bff' && env.CXC_EMBEDDED === 'true';
  const wildcard = env.HOST === '0.0.0.0' || env.HOST === '::';
  const publicUrl = (env.PUBLIC_URL ?? `http://${wildcard ? '127.0.0.1' : env.HOST}:${env.PORT}`).replace(
    /\/$/,
    '',
  );
  const oidc =
    env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
      ? {
          mode: 'external' as const,
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID,
          clientSecret: env.OIDC_CLIENT_SECRET,
        }
      : { mode: 'dev' as const, port: env.DEV_OIDC_PORT };
  const database = env.DATABASE_URL
    ? { mode: 'external' as const, url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX }
    : { mode: 'embedded' as const, port: env.EMBEDDED_PG_PORT, poolMax: env.DATABASE_POOL_MAX };
  return {
    host: env.HOST,
    port: env.PORT,
    workerPort: env.WORKER_PORT,
    publicUrl,
    logLevel: env.LOG_LEVEL,
    trustProxy:
      env.TRUST_PROXY === 'true' ? true : env.TRUST_PROXY === 'false' ? false : Number(env.TRUST_PROXY),
    dataDir: resolve(env.DATA_DIR ?? join(repoRoot, '.data')),
    webDistDir: resolve(env.WEB_DIST_DIR ?? join(repoRoot, 'apps/web/dist')),
    database,
    oidc,
    oidcScopes: env.OIDC_SCOPES,
    claims: {
      role: env.OIDC_ROLE_CLAIM,
      tenant: env.OIDC_TENANT_CLAIM,
      tenantName: env.OIDC_TENANT_NAME_CLAIM,
    },
    encryptionKeys: env.ENCRYPTION_KEYS,
    sessionTtlSeconds: env.SESSION_TTL_SECONDS,
    sessionIdleSeconds: env.SESSION_IDLE_MINUTES * 60,
    sessionCacheSeconds: env.SESSION_CACHE_SECONDS,
    sessionCookieSameSite: env.SESSION_COOKIE_SAMESITE,
    metrics: env.METRICS_TOKEN
      ? { mode: 'token', token: env.METRICS_TOKEN }
      : env.METRICS_PUBLIC === 'true'
        ? { mode: 'public' }
        : // Only the all-embedded setup (neither DATABASE_URL nor OIDC_ISSUER) is a developer machine.
          embeddedChosen && database.mode === 'embedded' && oidc.mode === 'dev'
          ? { mode: 'loopback' }
          : { mode: 'hidden' },
    authRateLimitPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    zohoSim: { enabled: env.ZOHO_SIM === 'on', port: env.ZOHO_SIM_PORT },
    engine: {
      enabled: env.ENGINE === 'on',
      workers: env.ENGINE_WORKERS,
      retryBaseMs: env.ENGINE_RETRY_BASE_MS,
      maxAttempts: env.ENGINE_MAX_ATTEMPTS,
      giveUpAfterMs: Math.round(env.ENGINE_GIVE_UP_AFTER_HOURS * 3600_000),
      batchWindowMs: env.ENGINE_BATCH_WINDOW_MS,
    },
    mirror: {
      bulkThreshold: env.MIRROR_BULK_THRESHOLD,
      bulkPollMs: env.MIRROR_BULK_POLL_MS,
      watch: env.PUBLIC_URL !== undefined && env.MIRROR_WATCH === 'on',
    },
    eventsRateLimitPerMinute: env.EVENTS_RATE_LIMIT_PER_MINUTE,
    customerApiRateLimitPerMinute: env.CUSTOMER_API_RATE_LIMIT_PER_MINUTE,
    zoho: {
      simUrl: env.ZOHO_SIM_URL?.replace(/\/$/, ''),
      httpTimeoutMs: env.ZOHO_HTTP_TIMEOUT_MS,
      retryBaseMs: env.ZOHO_RETRY_BASE_MS,
      maxRetries: env.ZOHO_MAX_RETRIES,
      refreshMarginSeconds: env.ZOHO_REFRESH_MARGIN_SECONDS,
    },
    agentPanel: {
      frameAncestors: env.AGENT_PANEL_FRAME_ANCESTORS,
      dialUrlTemplate: env.AGENT_DIAL_URL_TEMPLATE,
    },
    attachments: {
      // SSRF guard off by default only on a developer machine: a process given DATABASE_URL is (part of) a
      // deployment, even when `pnpm start` embeds the IdP next to it.
      allowPrivateHosts:
        env.ATTACHMENTS_ALLOW_PRIVATE_HOSTS === undefined
          ? embeddedChosen && database.mode === 'embedded'
          : env.ATTACHMENTS_ALLOW_PRIVATE_HOSTS === 'true',
    },
    embedded: embeddedChosen && (database.mode === 'embedded' || oidc.mode === 'dev'),
  };
}
