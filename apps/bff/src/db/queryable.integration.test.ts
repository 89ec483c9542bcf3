import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/create-test-database.ts';
import { inTransaction } from './queryable.ts';

let database: TestDatabase;
let pool: pg.Pool;

beforeEach(async () => {
  database = await createTestDatabase();
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
  // What the product's pool does too: an idle client's error is the pool's to report, not the process's end.
  pool.on('error', () => undefined);
});
afterEach(async () => {
  await pool.end();
  await database.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('survives the server ending its connection between two statements, and the pool stays usable', async () => {
  // The transaction waits between statements (as one waiting on Zoho does) while the server ends it.
  const outcome = inTransaction(pool, async (db) => {
    const { rows } = await db.query<{ pid: number }>('select pg_backend_pid() as pid');
    const pid = rows[0]?.pid;
    await pool.query('select pg_terminate_backend($1)', [pid]);
    await sleep(300);
    await db.query('select 1');
  });
  // Without a listener on the checked-out client the 'error' event ends the test process (vitest reports
  // an unhandled error); with it, the transaction rejects like any failed statement.
  await expect(outcome).rejects.toThrow();
  const { rows } = await pool.query<{ ok: number }>('select 1 as ok');
  expect(rows[0]?.ok).toBe(1);
  expect(pool.totalCount).toBeLessThanOrEqual(1);
});

it('commits as before when nothing goes wrong', async () => {
  await inTransaction(pool, (db) => db.query('create table t (n int)'));
  await inTransaction(pool, (db) => db.query('insert into t values (1)'));
  const { rows } = await pool.query<{ n: number }>('select n from t');
  expect(rows).toEqual([{ n: 1 }]);
});
