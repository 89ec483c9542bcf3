import { z } from 'zod';
import { parseKeyRing } from '../crypto/key-ring.ts';
import { envDialUrlTemplateSchema, frameAncestorsSchema } from './agent-panel-env.ts';

const port = z.coerce.number().int().min(0).max(65535);
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const claimName = z.string().regex(/^[\w.:/-]{1,100}$/, 'must be a claim name');

/** Every setting the BFF reads from the environment. Empty values count as unset. */
export const envSchema = z
  .object({
    // The all-in-one development setup (embedded PostgreSQL, dev IdP, generated keys, SSRF guard off):
    // chosen by `pnpm start` (main.ts --embedded), never fallen into because production settings are missing.
    CXC_EMBEDDED: z.enum(['true', 'false']).default('false'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(3000),
    // The engine worker's own small HTTP port: /healthz, /readyz and /metrics only (jobs/worker-main.ts).
    WORKER_PORT: port.default(3001),
    PUBLIC_URL: httpUrl
      .refine(
        (value) => new URL(value).origin === value.replace(/\/$/, ''),
        'must be an origin without a path',
      )
      .optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    TRUST_PROXY: z.union([z.enum(['true', 'false']), z.string().regex(/^\d+$/)]).default('false'),
    DATA_DIR: z.string().min(1).optional(),
    WEB_DIST_DIR: z.string().min(1).optional(),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    EMBEDDED_PG_PORT: port.default(54329),
    OIDC_ISSUER: httpUrl.optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_SCOPES: z
      .string()
      .refine((value) => value.split(/\s+/).includes('openid'), 'must include "openid"')
      .default('openid email profile'),
    OIDC_ROLE_CLAIM: claimName.default('cxc_role'),
    OIDC_TENANT_CLAIM: claimName.default('cxc_tenant'),
    OIDC_TENANT_NAME_CLAIM: claimName.default('cxc_tenant_name'),
    DEV_OIDC_PORT: port.default(4000),
    ENCRYPTION_KEYS: z
      .string()
      .superRefine((value, ctx) => {
        const keys = parseKeyRing(value);
        if (!keys.ok) for (const problem of keys.problems) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    SESSION_TTL_SECONDS: z.coerce.number().int().min(300).max(2_592_000).default(28_800),
    // Idle timeout: last_seen is written at most once a minute, so below a few minutes it would be too coarse.
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(43_200).default(60),
    // How long a BFF process trusts a session it has just read: a sign-out in another process takes up to this.
    SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(30).default(5),
    // `none` is for embedding the agent panel on another site; it needs https (checked below).
    SESSION_COOKIE_SAMESITE: z.enum(['lax', 'strict', 'none']).default('lax'),
    // A bearer token for /metrics. Never echoed: the messages below name the rule, not the value.
    METRICS_TOKEN: z
      .string()
      .min(16, 'must be at least 16 characters')
      .max(512, 'must be at most 512 characters')
      .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
      .optional(),
    METRICS_PUBLIC: z.enum(['true', 'false']).default('false'),
    AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
    ZOHO_SIM: z.enum(['on', 'off']).default('on'),
    ZOHO_SIM_PORT: port.default(4010),
    // Base URL of a running Zoho simulator; start-services sets it when it starts one. Its DCs are then offered.
    ZOHO_SIM_URL: httpUrl.optional(),
    ZOHO_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
    ZOHO_RETRY_BASE_MS: z.coerce.number().int().min(1).max(60_000).default(500),
    ZOHO_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
    ZOHO_REFRESH_MARGIN_SECONDS: z.coerce.number().int().min(0).max(3000).default(300),
    // Automation engine (issue 6): off runs the BFF without workers (e.g. a separate worker process, jobs/worker-main.ts).
    ENGINE: z.enum(['on', 'off']).default('on'),
    ENGINE_WORKERS: z.coerce.number().int().min(1).max(256).default(32),
    ENGINE_RETRY_BASE_MS: z.coerce.number().int().min(1).max(600_000).default(2_000),
    ENGINE_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(12),
    ENGINE_GIVE_UP_AFTER_HOURS: z.coerce.number().min(0.01).max(720).default(24),
    ENGINE_BATCH_WINDOW_MS: z.coerce.number().int().min(0).max(5_000).default(250),
    // Customer data (issue 13): an import past this many records switches to Zoho's Bulk Read (0: never),
    // whose job state is read this often; Zoho's Notification API is used when PUBLIC_URL is set, unless off.
    MIRROR_BULK_THRESHOLD: z.coerce.number().int().min(0).max(100_000_000).default(5_000),
    MIRROR_BULK_POLL_MS: z.coerce.number().int().min(10).max(600_000).default(10_000),
    MIRROR_WATCH: z.enum(['on', 'off']).default('on'),
    // Per tenant, shared by every BFF process (PostgreSQL); above bench/events' ~300/s from one process.
    EVENTS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(30_000),
    // The platform's customer list (issue 13), per tenant: a full re-read of 1M customers is 5,000 pages.
    CUSTOMER_API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    // Attachments: download files from private/loopback hosts too (SSRF guard off). Default: on only in the
    // embedded setup with the embedded database; a process given DATABASE_URL keeps the guard on unless told.
    ATTACHMENTS_ALLOW_PRIVATE_HOSTS: z.enum(['true', 'false']).optional(),
    // Agent panel (issue 7): who may embed it, and where phone numbers dial.
    AGENT_PANEL_FRAME_ANCESTORS: frameAncestorsSchema,
    AGENT_DIAL_URL_TEMPLATE: envDialUrlTemplateSchema,
  })
  .superRefine(
    (env, ctx) => {
      // Without CXC_EMBEDDED every production setting is required (parse-config.ts names the missing ones
      // in one message); these partial-configuration checks only matter in the embedded setup.
      const embedded = env.CXC_EMBEDDED === 'true';
      const oidc = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;
      const given = oidc.filter((name) => env[name] !== undefined);
      if (embedded && given.length > 0 && given.length < oidc.length) {
        for (const name of oidc.filter((n) => env[n] === undefined)) {
          ctx.addIssue({ code: 'custom', path: [name], message: `required when ${given.join(', ')} is set` });
        }
      }
      // Both external pieces configured means a real deployment: nothing may be generated on the fly.
      const production = env.DATABASE_URL !== undefined && env.OIDC_ISSUER !== undefined;
      if (embedded && production && env.ENCRYPTION_KEYS === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['ENCRYPTION_KEYS'],
          message: 'required when DATABASE_URL and OIDC_ISSUER are set',
        });
      }
      // Browsers drop a SameSite=None cookie that is not Secure, and Secure needs https: fail now, not at sign-in.
      if (env.SESSION_COOKIE_SAMESITE === 'none' && !env.PUBLIC_URL?.startsWith('https://')) {
        ctx.addIssue({
          code: 'custom',
          path: ['SESSION_COOKIE_SAMESITE'],
          message:
            'none requires an https:// PUBLIC_URL (browsers drop SameSite=None cookies without Secure)',
        });
      }
      // Runs even when single fields failed, so start-up reports every problem at once. It only tests
      // presence, which holds for raw values too.
    },
    { when: () => true },
  );

export type Env = z.infer<typeof envSchema>;
