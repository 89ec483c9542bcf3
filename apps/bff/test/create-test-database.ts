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

async function asAdmin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
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
    drop: () => asAdmin(admin, `drop database if exists ${name} with (force)`),
  };
}
