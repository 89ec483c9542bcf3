import { join } from 'node:path';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { AppDeps } from './app-deps.ts';
import { createApp } from './app.ts';
import { discoverOidc } from './auth/oidc-client.ts';
import type { DevSecrets } from './config/dev-secrets.ts';
import type { AppConfig } from './config/parse-config.ts';
import { databaseTarget, namingSetting } from './config/startup-error.ts';
import { parseKeyRing } from './crypto/key-ring.ts';
import { createSecretBox } from './crypto/secret-box.ts';
import type { EmbeddedDatabase } from './db/embedded-database.ts';
import { startEmbeddedPostgres } from './db/embedded-postgres.ts';
import { migrate } from './db/migrate.ts';
import { createPool } from './db/pool.ts';
import { banner } from './dev/banner.ts';
import type { DevIdp } from './dev/start-dev-idp.ts';
import type { RunningEngine } from './automation/queue/start-engine.ts';
import { listen, type RunningServer } from './server/http-server.ts';
import { seedDemoSystemClient } from './services/system/seed-demo-system-client.ts';

/** What is running; every piece is optional so a failed start can stop whatever did come up. */
export interface Running {
  server?: RunningServer;
  engine?: RunningEngine;
  pool?: Pool;
  idp?: DevIdp;
  zohoSim?: { baseUrl: string; stop(): Promise<void> };
  database?: EmbeddedDatabase;
}

const OIDC_CLIENT_ID = 'cxc-bff';

/** Starts the embedded pieces the configuration leaves unset, then the BFF itself. Fills `running` as it goes. */
export async function startServices(
  config: AppConfig,
  secrets: DevSecrets | undefined,
  logger: Logger,
  running: Running,
): Promise<void> {
  // An external provider is asked while the database is migrated: a restart waits for the slower, not both.
  const externalOidc = config.oidc.mode === 'external' ? config.oidc : undefined;
  const discovering =
    externalOidc &&
    namingSetting('OIDC_ISSUER', `OpenID Connect discovery at ${externalOidc.issuer} failed`, () =>
      discoverOidc(externalOidc),
    );
  // Awaited below; until then a failure must not count as unhandled (a database error may come first).
  discovering?.catch(() => undefined);
  if (config.database.mode === 'embedded') {
    if (!secrets) throw new Error('embedded mode needs dev secrets');
    const databaseDir = join(config.dataDir, 'postgres');
    running.database = await startEmbeddedPostgres({
      databaseDir,
      port: config.database.port,
      password: secrets.postgresPassword,
      database: 'cxc',
      persistent: true,
      onLog: (line) => logger.debug({ component: 'postgres' }, line),
      onNotice: (line) => logger.info({ component: 'postgres' }, line),
    });
  }
  const databaseUrl =
    config.database.mode === 'external' ? config.database.url : (running.database?.url ?? '');
  running.pool = createPool(databaseUrl, config.database.poolMax, logger);
  const pool = running.pool;
  const { applied } =
    config.database.mode === 'external'
      ? await namingSetting(
          'DATABASE_URL',
          `connecting to and migrating ${databaseTarget(databaseUrl)} failed`,
          () => migrate(pool),
        )
      : await migrate(pool);
  logger.info({ applied }, 'database migrated');

  let oidcSettings = config.oidc.mode === 'external' ? config.oidc : undefined;
  if (config.oidc.mode === 'dev' && secrets) {
    // Loaded only in the embedded default: oidc-provider warns about every Node version but 22 on import.
    const { startDevIdp } = await import('./dev/start-dev-idp.ts');
    running.idp = await startDevIdp({
      host: config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host,
      port: config.oidc.port,
      client: {
        clientId: OIDC_CLIENT_ID,
        clientSecret: secrets.oidcClientSecret,
        publicUrl: config.publicUrl,
      },
      claims: config.claims,
      cookieKeys: secrets.idpCookieKeys,
      signingKey: secrets.idpSigningKey,
      onServerError: (error) => logger.error({ err: error, component: 'dev-idp' }, 'dev IdP error'),
    });
    oidcSettings = {
      mode: 'external',
      issuer: running.idp.issuer,
      clientId: OIDC_CLIENT_ID,
      clientSecret: secrets.oidcClientSecret,
    };
  }
  if (!oidcSettings) throw new Error('no OIDC provider configured');

  let appConfig = config;
  if (config.embedded && config.zohoSim.enabled) {
    // Loaded only when wanted: ZOHO_SIM=off starts without the simulator package.
    const { startSimulator } = await import('./dev/start-zoho-sim.ts');
    running.zohoSim = await startSimulator({
      host: '127.0.0.1',
      port: config.zohoSim.port,
      dataDir: config.dataDir,
    });
    // The simulator's DCs join the data-center list and the Zoho host allowlist (ZOHO_SIM_URL).
    appConfig = { ...config, zoho: { ...config.zoho, simUrl: running.zohoSim.baseUrl } };
  }

  const ring = parseKeyRing(config.encryptionKeys ?? secrets?.encryptionKeys ?? '');
  if (!ring.ok) throw new Error(`ENCRYPTION_KEYS: ${ring.problems.join('; ')}`);
  const secretBox = createSecretBox(ring.ring);
  if (running.zohoSim) {
    const simUrl = running.zohoSim.baseUrl;
    // A dynamic import like the simulator's own: the production bundle never loads the simulator package.
    const { demoClientFor } = await import('./dev/demo-client-for.ts');
    const demoClient = () => demoClientFor(simUrl, config.publicUrl);
    if (await seedDemoSystemClient(running.pool, secretBox, demoClient))
      logger.info('system configuration for sim-us seeded with the simulator demo client');
  }
  const oidc = await (discovering ?? discoverOidc(oidcSettings));
  const deps: AppDeps = { config: appConfig, pool: running.pool, logger, oidc, secretBox };
  const app = createApp(deps);
  running.server = await listen(app, config.port, config.host);
  if (config.engine.enabled) {
    // Loaded after listening: pg-boss and the engine are not needed to answer the first request.
    const { startEngine } = await import('./automation/queue/start-engine.ts');
    const { enabled: _enabled, ...options } = config.engine;
    running.engine = await startEngine(deps, databaseUrl, options);
  }
  const database =
    config.database.mode === 'embedded'
      ? `embedded PostgreSQL (${running.database?.location ?? join(config.dataDir, 'postgres')}, port ${config.database.port})`
      : 'DATABASE_URL';
  process.stdout.write(
    banner({
      publicUrl: config.publicUrl,
      idpIssuer: running.idp?.issuer,
      zohoSimUrl: running.zohoSim?.baseUrl,
      database,
    }),
  );
}

/**
 * The order: stop accepting and drain HTTP, close the pool, then the dev IdP, the simulator, postgres.
 * Each step logs at debug only and a failed one as an error: a clean stop is the caller's one line. Returns
 * the pieces that stopped cleanly, in order.
 */
export async function stopServices(running: Running, logger: Logger): Promise<string[]> {
  const { server, engine, pool, idp, zohoSim, database } = running;
  const steps: [string, (() => Promise<void>) | undefined][] = [
    ['http server', server && (() => server.close(10_000))],
    ['automation engine', engine && (() => engine.stop())],
    ['database pool', pool && (() => pool.end())],
    ['dev IdP', idp && (() => idp.stop())],
    ['Zoho simulator', zohoSim && (() => zohoSim.stop())],
    ['embedded PostgreSQL', database && (() => database.stop())],
  ];
  const stopped: string[] = [];
  for (const [name, stop] of steps) {
    if (!stop) continue;
    try {
      await stop();
      stopped.push(name);
      logger.debug(`${name} stopped`);
    } catch (error) {
      logger.error({ err: error }, `${name} did not stop cleanly`);
    }
  }
  return stopped;
}
