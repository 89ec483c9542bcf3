import { pino } from 'pino';
import type pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/create-test-database.ts';
import { createPool } from './pool.ts';

let database: TestDatabase;
let pool: pg.Pool;

beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await pool.end();
  await database.drop();
});

it('logs an idle connection failure as its code and message only, never the client and its password', async () => {
  const lines: string[] = [];
  let logged: () => void = () => undefined;
  const firstLine = new Promise<void>((resolve) => (logged = resolve));
  const logger = pino({ level: 'info' }, { write: (line: string) => (lines.push(line), logged()) });
  // The test server trusts every connection, so this password is never checked; it must never be logged.
  const url = new URL(database.url);
  url.password = 'never-log-this-password';
  pool = createPool(url.toString(), 2, logger);

  const idle = await pool.connect();
  const other = await pool.connect();
  const { rows } = await idle.query<{ pid: number }>('select pg_backend_pid() as pid');
  idle.release();
  await other.query('select pg_terminate_backend($1)', [rows[0]?.pid]);
  other.release();
  await firstLine;

  expect(lines).toHaveLength(1);
  const entry = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
  expect(entry).toMatchObject({ level: 40, msg: 'idle database connection failed' });
  expect(entry.error).toEqual({
    name: 'error',
    code: '57P01',
    message: 'terminating connection due to administrator command',
  });
  expect(lines[0]).not.toContain('never-log-this-password');
  expect(lines[0]).not.toContain('connectionParameters');
});
