import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import type { Pool, QueryConfig } from 'pg';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
const FILE = /^(\d{4})_[\w-]+\.sql$/;
/** Arbitrary constant shared by every BFF process: the advisory lock that serialises migrations. */
const MIGRATION_LOCK = 7_262_010_001;
/**
 * The pool's timeouts are for request queries (db/pool.ts); waiting for another process's migration or
 * rewriting a large table may take far longer, and a cut-off would fail the start-up.
 */
const MIGRATION_QUERY_TIMEOUT_MS = 30 * 60_000;
// pg reads a per-query `query_timeout`; @types/pg does not declare it.
const long = (text: string, values?: unknown[]) =>
  ({ text, values, query_timeout: MIGRATION_QUERY_TIMEOUT_MS }) as QueryConfig;

interface Migration {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

async function readMigrations(dir: URL): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => FILE.test(name)).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(new URL(name, dir), 'utf8');
      const version = name.slice(0, 4);
      return { version, name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/**
 * Applies pending migrations in one transaction. The transaction-scoped advisory lock makes a second
 * process starting at the same moment wait, then find everything applied; the lock is released by
 * commit or rollback, so a crash can never leave it held. Migrations must therefore be transactional
 * (no `create index concurrently`). An applied file that changed is refused rather than silently skipped.
 */
export async function migrate(pool: Pool, dir: URL = MIGRATIONS_DIR): Promise<{ applied: string[] }> {
  const migrations = await readMigrations(dir);
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('set local statement_timeout = 0');
    await client.query(long('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]));
    await client.query(`create table if not exists schema_migrations (
      version text primary key, name text not null, checksum text not null,
      applied_at timestamptz not null default now())`);
    const { rows } = await client.query<{ version: string; checksum: string }>(
      'select version, checksum from schema_migrations',
    );
    const done = new Map(rows.map((row) => [row.version, row.checksum]));
    const applied: string[] = [];
    for (const migration of migrations) {
      const checksum = done.get(migration.version);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum)
          throw new Error(`migration ${migration.name} changed after it was applied`);
        continue;
      }
      await client.query(long(migration.sql));
      await client.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      applied.push(migration.name);
    }
    await client.query('commit');
    return { applied };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
