import { ConfigError } from '../config/config-error.ts';
import { parseConfig } from '../config/parse-config.ts';
import { databaseTarget, namingSetting, StartupError } from '../config/startup-error.ts';
import { parseKeyRing } from '../crypto/key-ring.ts';
import { createSecretBox } from '../crypto/secret-box.ts';
import { migrate } from '../db/migrate.ts';
import { createPool } from '../db/pool.ts';
import { createLogger } from '../ops/logger.ts';
import { createWorkerApp } from '../ops/worker-http.ts';
import { listen } from '../server/http-server.ts';
import { startEngine } from '../automation/queue/start-engine.ts';

/**
 * The engine alone: `pnpm worker` (node on the built dist/worker-main.js) with the BFF's environment
 * (DATABASE_URL and ENCRYPTION_KEYS required). Run the BFF with ENGINE=off to keep workers out of it. Its only
 * HTTP is /healthz, /readyz and /metrics on HOST:WORKER_PORT (default 3001), /metrics guarded like the BFF's.
 */
let config;
try {
  // Never embedded: missing DATABASE_URL or ENCRYPTION_KEYS stops the worker with one message naming them.
  config = parseConfig(process.env, { program: 'worker' });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
// parseConfig already refused a worker without them; this narrows the types.
if (config.database.mode !== 'external' || !config.encryptionKeys) {
  process.stderr.write('the worker needs DATABASE_URL and ENCRYPTION_KEYS\n');
  process.exit(1);
}
const logger = createLogger(config.logLevel);
const ring = parseKeyRing(config.encryptionKeys);
if (!ring.ok) {
  process.stderr.write(`ENCRYPTION_KEYS: ${ring.problems.join('; ')}\n`);
  process.exit(1);
}
const databaseUrl = config.database.url;
const pool = createPool(databaseUrl, 4, logger);
const { enabled: _enabled, ...options } = config.engine;
let engine;
try {
  await namingSetting(
    'DATABASE_URL',
    `connecting to and migrating ${databaseTarget(databaseUrl)} failed`,
    () => migrate(pool),
  );
  engine = await startEngine(
    { config, pool, logger, secretBox: createSecretBox(ring.ring) },
    databaseUrl,
    options,
  );
} catch (error) {
  if (error instanceof StartupError)
    logger.fatal({ setting: error.setting }, `start-up failed: ${error.message}`);
  else logger.fatal({ err: error }, 'start-up failed');
  await pool.end().catch(() => undefined);
  process.exit(1);
}
const running = engine;
const http = await listen(
  createWorkerApp({ pool, logger, metrics: config.metrics }),
  config.workerPort,
  config.host,
);
logger.info({ workers: options.workers, port: http.port }, 'engine worker started');
process.stdout.write(`engine worker ready on port ${http.port}\n`);

const stop = () => {
  http
    .close(5_000)
    .then(() => running.stop())
    .then(() => pool.end())
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
