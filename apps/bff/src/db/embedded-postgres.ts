import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { withDetachedSpawn } from './detached-spawn.ts';
import { ensureDatabase } from './ensure-database.ts';
import { importEmbeddedPostgres } from './import-embedded-postgres.ts';
import { firstBlockedFolder, postgresUser } from './postgres-user.ts';
import { embeddedBinariesDir, startRelocatedPostgres } from './relocated-postgres.ts';
import type { EmbeddedDatabase, EmbeddedPostgresOptions } from './embedded-database.ts';

/** Starts (initialising on first use) a PostgreSQL cluster from the npm package's binaries. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const recent: string[] = [];
  const log = (line: unknown) => {
    recent.push(String(line).trim());
    recent.splice(0, Math.max(0, recent.length - 20));
    options.onLog?.(String(line).trim());
  };
  if (process.getuid?.() === 0) {
    // As root, postgres runs as the `postgres` user: it must be able to reach its binaries and its data.
    const user = await postgresUser();
    const blocked =
      (await firstBlockedFolder(embeddedBinariesDir(), user)) ??
      (await firstBlockedFolder(options.databaseDir, user));
    if (blocked) {
      options.onNotice?.(
        `the postgres user cannot enter ${blocked}, so embedded PostgreSQL runs from /var/lib/cxc-connector`,
      );
      return startRelocatedPostgres(options, user, log);
    }
  }
  const EmbeddedPostgres = await importEmbeddedPostgres();
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
    await withDetachedSpawn(() => cluster.start());
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
    location: options.databaseDir,
    async stop() {
      if (child && child.exitCode === null && child.signalCode === null) await cluster.stop();
    },
  };
}
