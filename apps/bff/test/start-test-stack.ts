import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CLIENT, startZohoSim, type RunningZohoSim } from '@cxc/zoho-sim';
import type { JWK } from 'oidc-provider';
import type { Pool } from 'pg';
import type { AppDeps } from '../src/app-deps.ts';
import { createApp } from '../src/app.ts';
import { cookieNames, type CookieNames } from '../src/auth/cookies.ts';
import type { ClaimNames } from '../src/auth/map-claims.ts';
import { discoverOidc } from '../src/auth/oidc-client.ts';
import { hashSessionId } from '../src/auth/session-id.ts';
import { parseConfig, type AppConfig } from '../src/config/parse-config.ts';
import { parseKeyRing } from '../src/crypto/key-ring.ts';
import { createSecretBox, generateKeyRingSpec } from '../src/crypto/secret-box.ts';
import { migrate } from '../src/db/migrate.ts';
import { createPool } from '../src/db/pool.ts';
import { startDevIdp } from '../src/dev/start-dev-idp.ts';
import { createLogger } from '../src/ops/logger.ts';
import { systemSecretContext } from '../src/services/system/system-clients.ts';
import { readTokens } from '../src/tokens/token-vault.ts';
import { customSecretContext } from '../src/zoho/connection-store.ts';
import type { SessionTokens } from '../src/services/session/session-tokens.ts';
import { createTestDatabase } from './create-test-database.ts';
import { LeakRecorder } from './leak-recorder.ts';
import { SIM_SEARCH_INDEX_LAG_SECONDS } from './sim-defaults.ts';

export interface TestStackOptions {
  /** Extra environment for parseConfig, e.g. `{ AUTH_RATE_LIMIT_PER_MINUTE: '2' }`. */
  env?: Record<string, string>;
  /** Claim names the dev IdP emits (default cxc_role, cxc_tenant, cxc_tenant_name). Configure the BFF differently to provoke refusals. */
  idpClaims?: ClaimNames;
  /** Also start a Zoho simulator on port 0 (seed `demo`) and point the BFF at it (ZOHO_SIM_URL). */
  zohoSim?: boolean;
  /** A pool of the product's size (DATABASE_POOL_MAX) instead of the tests' 5: the benches measure the product. */
  productPool?: boolean;
}

export interface TestStack {
  baseUrl: string;
  idpUrl: string;
  config: AppConfig;
  deps: AppDeps;
  pool: Pool;
  cookieNames: CookieNames;
  recorder: LeakRecorder;
  /** The simulator started with `zohoSim: true`. */
  sim: RunningZohoSim | undefined;
  /**
   * Registers every Zoho secret the stack holds now (tokens, client secrets, and the refresh tokens the
   * simulator issued) with the leak recorder. stop() calls it too; call it mid-test before a token is replaced.
   */
  registerZohoSecrets(): Promise<void>;
  /** Anonymous request to the BFF (no cookies); the body is recorded for the leak check. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Records a signed-in session's cookie value, CSRF token and (decrypted) IdP tokens as secrets. */
  registerSessionSecrets(sessionId: string, csrfToken: string): Promise<void>;
  /** Closes everything, drops the database, then fails if any secret reached a body or a log line. */
  stop(): Promise<void>;
}

let signingKey: JWK | undefined;
function testSigningKey(): JWK {
  signingKey ??= {
    ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
    kid: 'test',
    use: 'sig',
    alg: 'RS256',
  } as JWK;
  return signingKey;
}

/** The dev IdP plus createApp on port 0 against a fresh database, configured through the real config schema. */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const recorder = new LeakRecorder();
  // Undone in reverse order by stop(), or at once if start-up fails half-way (no database or port left behind).
  const teardown: (() => Promise<unknown>)[] = [];
  const tearDown = async () => {
    for (const step of teardown.splice(0).reverse()) await step();
  };
  try {
    return await start(options, recorder, teardown, tearDown);
  } catch (error) {
    await tearDown().catch(() => undefined);
    throw error;
  }
}

async function start(
  options: TestStackOptions,
  recorder: LeakRecorder,
  teardown: (() => Promise<unknown>)[],
  tearDown: () => Promise<void>,
): Promise<TestStack> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  teardown.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const encryptionKeys = `${generateKeyRingSpec('k2')},${generateKeyRingSpec('k1')}`;
  const cookieKey = randomBytes(24).toString('base64url');
  const idp = await startDevIdp({
    host: '127.0.0.1',
    port: 0,
    client: { clientId: 'cxc-bff-test', clientSecret, publicUrl: baseUrl },
    claims: options.idpClaims ?? { role: 'cxc_role', tenant: 'cxc_tenant', tenantName: 'cxc_tenant_name' },
    cookieKeys: [cookieKey],
    signingKey: testSigningKey(),
  });
  teardown.push(() => idp.stop());
  let sim: RunningZohoSim | undefined;
  if (options.zohoSim) {
    const started = await startZohoSim({
      port: 0,
      searchIndexDelaySeconds: SIM_SEARCH_INDEX_LAG_SECONDS,
    });
    sim = started;
    teardown.push(() => started.stop());
  }
  const database = await createTestDatabase();
  teardown.push(() => database.drop());
  const config = parseConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    PUBLIC_URL: baseUrl,
    LOG_LEVEL: 'debug',
    DATABASE_URL: database.url,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: 'cxc-bff-test',
    OIDC_CLIENT_SECRET: clientSecret,
    ENCRYPTION_KEYS: encryptionKeys,
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    WEB_DIST_DIR: join(tmpdir(), `cxc-no-console-${randomBytes(4).toString('hex')}`),
    // Short backoffs: retries are exercised, not waited for.
    ZOHO_RETRY_BASE_MS: '20',
    ...(sim ? { ZOHO_SIM_URL: sim.baseUrl } : {}),
    ...options.env,
  });
  const logger = createLogger(config.logLevel, recorder.logDestination);
  const pool = createPool(database.url, options.productPool ? config.database.poolMax : 5, logger);
  teardown.push(() => pool.end());
  await migrate(pool);
  const ring = parseKeyRing(encryptionKeys);
  if (!ring.ok) throw new Error('generated key ring did not parse');
  const secretBox = createSecretBox(ring.ring);
  const oidc = await discoverOidc({ issuer: idp.issuer, clientId: 'cxc-bff-test', clientSecret });
  const deps: AppDeps = { config, pool, logger, oidc, secretBox };
  server.on('request', createApp(deps));

  recorder.addSecret({ label: 'OIDC client secret', value: clientSecret });
  recorder.addSecret({ label: 'IdP cookie key', value: cookieKey });
  recorder.addSecret({ label: 'IdP signing key', value: String(testSigningKey().d) });
  for (const [id, key] of ring.ring.all)
    recorder.addSecret({ label: `encryption key ${id}`, value: key.toString('base64') });

  const names = cookieNames(baseUrl);
  const registerZohoSecrets = async () => {
    const tenants = await pool.query<{ tenant_id: string }>('select tenant_id from zoho_tokens');
    for (const { tenant_id: tenantId } of tenants.rows) {
      const tokens = await readTokens(pool, secretBox, tenantId);
      recorder.addSecret({ label: 'Zoho refresh token', value: tokens?.refreshToken ?? '' });
      recorder.addSecret({ label: 'Zoho access token', value: tokens?.accessToken ?? '' });
      recorder.addSecret({ label: 'Zoho client secret (tokens)', value: tokens?.clientSecret ?? '' });
    }
    const system = await pool.query<{ data_center_id: string; client_secret_sealed: string }>(
      'select data_center_id, client_secret_sealed from zoho_system_clients',
    );
    for (const row of system.rows) {
      const value = secretBox.decrypt(row.client_secret_sealed, systemSecretContext(row.data_center_id));
      recorder.addSecret({ label: 'Zoho system client secret', value });
    }
    const custom = await pool.query<{ tenant_id: string; client_secret_sealed: string }>(
      'select tenant_id, client_secret_sealed from zoho_connections where client_secret_sealed is not null',
    );
    for (const row of custom.rows) {
      const value = secretBox.decrypt(row.client_secret_sealed, customSecretContext(row.tenant_id));
      recorder.addSecret({ label: 'Zoho custom client secret', value });
    }
    if (config.zoho.simUrl) {
      recorder.addSecret({ label: 'Zoho simulator demo client secret', value: DEMO_CLIENT.secret });
      const response = await fetch(`${config.zoho.simUrl}/__sim/tokens`).catch(() => undefined);
      const issued = response?.ok
        ? ((await response.json()) as { refresh_tokens: { refresh_token: string }[] })
        : { refresh_tokens: [] };
      for (const token of issued.refresh_tokens)
        recorder.addSecret({ label: 'Zoho refresh token (simulator)', value: token.refresh_token });
    }
  };
  return {
    baseUrl,
    idpUrl: idp.issuer,
    config,
    deps,
    pool,
    cookieNames: names,
    recorder,
    sim,
    registerZohoSecrets,
    async fetch(path, init = {}) {
      const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual', ...init });
      await recorder.recordBody(`${baseUrl}${path}`, response);
      return response;
    },
    async registerSessionSecrets(sessionId, csrfToken) {
      recorder.addSecret({ label: 'session id', value: sessionId });
      recorder.addSecret({ label: 'CSRF token', value: csrfToken, logsOnly: true });
      const idHash = hashSessionId(sessionId);
      const { rows } = await pool.query<{ tokens_sealed: string }>(
        'select tokens_sealed from sessions where id_hash = $1',
        [idHash],
      );
      const tokens = JSON.parse(secretBox.decrypt(rows[0]?.tokens_sealed ?? '', idHash)) as SessionTokens;
      for (const [label, value] of Object.entries(tokens)) {
        if (typeof value === 'string') recorder.addSecret({ label, value });
      }
    },
    async stop() {
      // Before the database is dropped: the final tokens and secrets join the search.
      await registerZohoSecrets().catch(() => undefined);
      await tearDown();
      const leaks = recorder.findLeaks();
      if (leaks.length > 0) throw new Error(`secrets leaked:\n${leaks.join('\n')}`);
    },
  };
}
