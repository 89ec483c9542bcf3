import PgBoss from 'pg-boss';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/create-test-database.ts';
import {
  CONVERSATION_QUEUE,
  CONVERSATION_QUEUE_POLICY,
  enqueueConversation,
  enqueueConversations,
} from './engine-queue.ts';

let db: TestDatabase;
let boss: PgBoss;

beforeAll(async () => {
  db = await createTestDatabase();
  boss = new PgBoss({ connectionString: db.url, schema: 'pgboss', max: 2 });
  await boss.start();
  await boss.createQueue(CONVERSATION_QUEUE, { name: CONVERSATION_QUEUE, policy: CONVERSATION_QUEUE_POLICY });
});
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await db?.drop();
});

it('keeps one waiting job per conversation however often notifications, reschedules and sweeps send it', async () => {
  const jobs = Array.from({ length: 50 }, (_, n) => ({ tenantId: 'acme', conversationId: `c-${n}` }));
  for (let round = 0; round < 3; round += 1) {
    await enqueueConversations(boss, jobs);
    await Promise.all(jobs.slice(0, 10).map((job) => enqueueConversation(boss, job)));
    await enqueueConversation(
      boss,
      { tenantId: 'acme', conversationId: 'c-0' },
      new Date(Date.now() + 60_000),
    );
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string; keys: string }>(
      `select count(*) as n, count(distinct singleton_key) as keys from pgboss.job
        where name = $1 and state = 'created'`,
      [CONVERSATION_QUEUE],
    );
    expect(Number(rows[0]?.n)).toBe(50);
    expect(Number(rows[0]?.keys)).toBe(50);
  } finally {
    await client.end();
  }
});
