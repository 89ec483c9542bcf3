import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test/free-port.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { RELOCATED_ROOT } from './relocated-postgres.ts';

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

describe('embedded PostgreSQL in a folder only its owner may enter', () => {
  it('starts, keeps its data across a restart, and says where the data went', async () => {
    // mktemp -d makes a 0700 folder: as root, the `postgres` user that runs the server cannot enter it.
    const folder = await mkdtemp(join(tmpdir(), 'cxc-private-'));
    folders.push(folder);
    expect((await stat(folder)).mode & 0o077).toBe(0);
    const notices: string[] = [];
    const options = {
      databaseDir: join(folder, '.data', 'postgres'),
      port: await freePort(),
      password: 'private-folder-test',
      database: 'cxc',
      persistent: true,
      onNotice: (line: string) => notices.push(line),
    };
    const first = await startEmbeddedPostgres(options);
    const query = async (url: string, sql: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<{ n: number }>(sql)).rows;
      } finally {
        await client.end();
      }
    };
    try {
      await query(first.url, 'create table kept (n int); insert into kept values (42)');
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres({ ...options, persistent: false });
    try {
      expect(await query(second.url, 'select n from kept')).toEqual([{ n: 42 }]);
      if (process.getuid?.() === 0) {
        expect(second.location.startsWith(RELOCATED_ROOT)).toBe(true);
        expect(notices[0]).toContain(`cannot enter ${folder}`);
      } else {
        expect(second.location).toBe(options.databaseDir);
      }
    } finally {
      await second.stop();
    }
    if (process.getuid?.() === 0) expect(await stat(second.location).catch(() => undefined)).toBeUndefined();
  }, 120_000);
});
