import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import './provided-context.ts';

export interface TestDatabase {
  /** Connection URL of the new, empty database. */
  url: string;
  name: string;
  /** Drops the database (closing any connection still open to it). */
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? inject('embeddedDatabaseUrl');
  if (!url) throw new Error('no test database: set TEST_DATABASE_URL or run through vitest (globalSetup)');
  return url;
}

async function asAdmin(url: string, sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/**
 * `pool.end()` resolves before its sockets have closed, and terminating a backend that is still closing
 * reaches its client as an uncaught FATAL 57P01 (seen in CI after the migration test). So the database's
 * own sessions get up to 5 s to leave before `with (force)` ends whatever is really left open.
 */
async function dropWhenIdle(admin: string, name: string): Promise<void> {
  for (let waited = 0; waited < 5_000; waited += 50) {
    const { rows } = await asAdmin(
      admin,
      'select count(*)::int as n from pg_stat_activity where datname = $1',
      [name],
    );
    if ((rows[0] as { n: number } | undefined)?.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await asAdmin(admin, `drop database if exists ${name} with (force)`);
}

/** A uniquely named database (`cxc_t_<hex>`) on the test server; other databases are never touched. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = serverUrl();
  const name = `cxc_t_${randomBytes(6).toString('hex')}`;
  await asAdmin(admin, `create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    name,
    drop: () => dropWhenIdle(admin, name),
  };
}
