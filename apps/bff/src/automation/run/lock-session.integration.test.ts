import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/create-test-database.ts';
import { LockSession } from './lock-session.ts';
import { acquireOrgSlot } from '../zoho-calls/org-slot.ts';

let db: TestDatabase;
const sessions: LockSession[] = [];
const session = () => {
  const s = new LockSession(db.url, pino({ level: 'silent' }));
  sessions.push(s);
  return s;
};

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  await db?.drop();
});

describe('LockSession', () => {
  it('gives a lock to one holder, in this process or another, until it is released', async () => {
    const [a, b] = [session(), session()];
    expect(await a.tryLock('conversation-1')).toBe(true);
    // Advisory locks are re-entrant per PostgreSQL session; the process must not take its own lock twice.
    expect(await a.tryLock('conversation-1')).toBe(false);
    expect(await b.tryLock('conversation-1')).toBe(false);
    await a.unlock('conversation-1');
    expect(await b.tryLock('conversation-1')).toBe(true);
    expect(await a.tryLock('conversation-1')).toBe(false);
  });

  it('never lets two concurrent calls of one process win the same lock', async () => {
    const a = session();
    const wins = await Promise.all(Array.from({ length: 20 }, () => a.tryLock('conversation-2')));
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it('hands out each slot of a counting semaphore once across processes', async () => {
    const [a, b] = [session(), session()];
    const slots = await Promise.all([
      ...Array.from({ length: 4 }, () => a.tryAnyOf('org-x', 5)),
      ...Array.from({ length: 4 }, () => b.tryAnyOf('org-x', 5)),
    ]);
    const taken = slots.filter((s) => s !== undefined);
    expect(taken.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('frees every lock of a session when it closes (as when its process is killed)', async () => {
    const [a, b] = [session(), session()];
    expect(await a.tryLock('conversation-3')).toBe(true);
    const slot = await acquireOrgSlot(a, { pool: 'all', connectionId: 'c-1' }, 1);
    const waiting = acquireOrgSlot(b, { pool: 'all', connectionId: 'c-1' }, 1);
    await a.close();
    expect(await b.tryLock('conversation-3')).toBe(true);
    await (await waiting).release();
    await slot.release(); // after close: a no-op, not an error
  });

  it('queues a process’s callers for org slots in memory: never more than the limit at once, all served', async () => {
    const a = session();
    let holding = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        const slot = await acquireOrgSlot(a, { pool: 'complex', connectionId: 'c-2' }, 3);
        holding += 1;
        most = Math.max(most, holding);
        await new Promise((resolve) => setTimeout(resolve, 5));
        holding -= 1;
        await slot.release();
      }),
    );
    expect(most).toBe(3);
  });
});
