import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildBff } from '../scripts/build.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { freePort } from './free-port.ts';
import './provided-context.ts';

/**
 * Builds dist/ first. With TEST_DATABASE_URL set, tests use that server. Otherwise one embedded PostgreSQL serves the whole
 * run (each test file still creates and drops its own database on it) and is deleted afterwards.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  // Process tests run the compiled dist/ as production does; esbuild rebuilds it from the sources in about a second.
  await buildBff();
  if (process.env.TEST_DATABASE_URL) {
    project.provide('embeddedDatabaseUrl', undefined);
    return undefined;
  }
  const dir = await mkdtemp(join(tmpdir(), 'cxc-test-pg-'));
  // postgres runs as its own user when we are root; it must be able to enter this directory.
  await chmod(dir, 0o711);
  const database = await startEmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port: await freePort(),
    password: randomBytes(16).toString('hex'),
    database: 'postgres',
    persistent: false,
  });
  project.provide('embeddedDatabaseUrl', database.adminUrl);
  return async () => {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
