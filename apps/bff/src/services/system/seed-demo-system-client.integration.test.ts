import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/create-test-database.ts';
import { parseKeyRing } from '../../crypto/key-ring.ts';
import { createSecretBox, generateKeyRingSpec } from '../../crypto/secret-box.ts';
import { migrate } from '../../db/migrate.ts';
import { seedDemoSystemClient } from './seed-demo-system-client.ts';
import { readEnabledSystemClient } from './system-clients.ts';

let database: TestDatabase;
let pool: pg.Pool;
beforeAll(async () => {
  database = await createTestDatabase();
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
  await migrate(pool);
});
afterAll(async () => {
  await pool.end();
  await database.drop();
});

it('seeds sim-us with the demo client only while nothing is configured', async () => {
  const ring = parseKeyRing(generateKeyRingSpec());
  if (!ring.ok) throw new Error('key ring');
  const box = createSecretBox(ring.ring);
  const demo = { id: '1000.DEMO', secret: 'demo-secret-value' };
  expect(await seedDemoSystemClient(pool, box, () => Promise.resolve(demo))).toBe(true);
  expect(await readEnabledSystemClient(pool, box, 'sim-us')).toEqual({
    clientId: '1000.DEMO',
    clientSecret: 'demo-secret-value',
  });
  await pool.query("update zoho_system_clients set client_id = '1000.OPERATOR'");
  expect(await seedDemoSystemClient(pool, box, () => Promise.resolve(demo))).toBe(false);
  expect((await readEnabledSystemClient(pool, box, 'sim-us'))?.clientId).toBe('1000.OPERATOR');
});
