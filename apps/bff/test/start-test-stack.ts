import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import type { SessionTokens } from '../src/services/session/session-tokens.ts';
import { createTestDatabase } from './create-test-database.ts';
import { LeakRecorder } from './leak-recorder.ts';

export interface TestStackOptions {
  /** Extra environment for parseConfig, e.g. `{ AUTH_RATE_LIMIT_PER_MINUTE: '2' }`. */
  env?: Record<string, string>;
  /** Claim names the dev IdP emits (default cxc_role, cxc_tenant, cxc_tenant_name). Configure the BFF differently to provoke refusals. */
  idpClaims?: ClaimNames;
}

export interface TestStack {
  baseUrl: string;
  idpUrl: string;
  config: AppConfig;
  deps: AppDeps;
  pool: Pool;
  cookieNames: CookieNames;
  recorder: LeakRecorder;
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
    ...options.env,
  });
  const logger = createLogger(config.logLevel, recorder.logDestination);
  const pool = createPool(database.url, 5, logger);
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
  return {
    baseUrl,
    idpUrl: idp.issuer,
    config,
    deps,
    pool,
    cookieNames: names,
    recorder,
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
      await tearDown();
      const leaks = recorder.findLeaks();
      if (leaks.length > 0) throw new Error(`secrets leaked:\n${leaks.join('\n')}`);
    },
  };
}
