/**
 * Starts the whole product for the e2e suite on its own ports, against a fresh database, so a developer's
 * running `pnpm start` (ports 3000/4000/4010) and its data under .data/ are never touched.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { E2E_PORTS } from '../fixtures/ports.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;

async function createDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cxc_e2e_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const dataDir = mkdtempSync(join(tmpdir(), 'cxc-e2e-'));
// As root, embedded PostgreSQL runs as a separate `postgres` user, which must be able to enter the folder.
chmodSync(dataDir, 0o711);
const database = process.env.TEST_DATABASE_URL ? await createDatabase(process.env.TEST_DATABASE_URL) : null;

// --embedded: the dev IdP, simulator and (without TEST_DATABASE_URL) PostgreSQL, as `pnpm start` runs them.
const child = spawn('pnpm', ['--filter', '@cxc/bff', 'start', '--embedded'], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: String(E2E_PORTS.bff),
    PUBLIC_URL: `http://127.0.0.1:${E2E_PORTS.bff}`,
    DEV_OIDC_PORT: String(E2E_PORTS.oidc),
    ZOHO_SIM_PORT: String(E2E_PORTS.sim),
    EMBEDDED_PG_PORT: String(E2E_PORTS.pg),
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ...(database ? { DATABASE_URL: database.url } : {}),
  },
});

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  child.kill(signal);
  await new Promise((resolve) => child.once('exit', resolve));
  await database?.drop().catch(() => undefined);
  // The BFF's embedded PostgreSQL may still be writing its last files as pnpm exits: retry briefly.
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
child.on('exit', (code) => {
  if (!stopping) process.exit(code ?? 1);
});
