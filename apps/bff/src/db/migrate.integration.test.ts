import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/create-test-database.ts';
import { migrate } from './migrate.ts';

// Derived from the folder, so every new migration is covered without editing this test.
const migrationFiles = (await readdir(new URL('./migrations/', import.meta.url)))
  .filter((name) => name.endsWith('.sql'))
  .sort();
const migrationVersions = migrationFiles.map((name) => name.slice(0, 4));

let database: TestDatabase;
const pools: pg.Pool[] = [];
function pool(): pg.Pool {
  const created = new pg.Pool({ connectionString: database.url, max: 2 });
  pools.push(created);
  return created;
}

beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end()));
  await database.drop();
});

it('is safe when two processes migrate a fresh database at the same moment', async () => {
  const [first, second] = await Promise.all([migrate(pool()), migrate(pool())]);
  const appliedCounts = [first.applied.length, second.applied.length].sort();
  expect(appliedCounts[0]).toBe(0);
  expect(appliedCounts[1]).toBe(migrationFiles.length);
  const check = pool();
  const { rows } = await check.query<{ version: string; n: string }>(
    'select version, count(*) as n from schema_migrations group by version order by version',
  );
  expect(rows.map((row) => row.version)).toEqual(migrationVersions);
  expect(rows.every((row) => row.n === '1')).toBe(true);
  const tables = await check.query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
  );
  expect(tables.rows.map((row) => row.table_name)).toEqual(
    expect.arrayContaining(['schema_migrations', 'sessions', 'tenants']),
  );
});

it('applies nothing the second time', async () => {
  const shared = pool();
  expect((await migrate(shared)).applied).toEqual(migrationFiles);
  expect((await migrate(shared)).applied).toEqual([]);
});

it('refuses a migration file that changed after it was applied, and rolls back a failing one', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cxc-migrations-'));
  try {
    const url = pathToFileURL(`${dir}/`);
    await writeFile(join(dir, '0001_a.sql'), 'create table a (id int);');
    const shared = pool();
    await migrate(shared, url);
    await writeFile(join(dir, '0001_a.sql'), 'create table a (id bigint);');
    await expect(migrate(shared, url)).rejects.toThrow(/0001_a.sql changed after it was applied/);
    await writeFile(join(dir, '0001_a.sql'), 'create table a (id int);');
    await writeFile(join(dir, '0002_b.sql'), 'create table b (id int); select * from missing_table;');
    await expect(migrate(shared, url)).rejects.toThrow(/missing_table/);
    const { rows } = await shared.query("select to_regclass('b') as b");
    expect(rows[0]).toEqual({ b: null });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
