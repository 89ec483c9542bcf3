import type { Logger } from 'pino';
import { Semaphore } from '../../zoho/semaphore.ts';
import { LockConnection } from './lock-connection.ts';

/**
 * Sessions per engine process. Every lock statement of a session waits for the one before it, and each
 * event costs several (its conversation's lock and unlock, an org slot per Zoho call): on one session
 * they queued behind each other at high rates. A key always goes to the same session, so each keeps
 * its own held set and re-entrancy stays impossible.
 */
const SHARDS = 4;

/** FNV-1a: a stable spread of keys over the sessions. */
function shardOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARDS;
}

/**
 * The PostgreSQL sessions of one engine process that hold every advisory lock of the process:
 * conversation locks and org slots. Locks die with their session, so a killed process frees all of them
 * at once, and a hundred conversations in flight cost a few connections instead of a hundred.
 */
export class LockSession {
  private readonly shards: LockConnection[];
  private readonly queues = new Map<string, Semaphore>();

  constructor(databaseUrl: string, log: Logger) {
    this.shards = Array.from({ length: SHARDS }, () => new LockConnection(databaseUrl, log));
  }

  /** Takes `key` (with sub-key `sub`) if nobody, in this process or another, holds it. */
  tryLock(key: string, sub = 0): Promise<boolean> {
    return this.shard(key).tryLock(key, sub);
  }

  /** Takes the first free sub-key of `key` in [0, limit): a counting semaphore shared by every process. */
  tryAnyOf(key: string, limit: number): Promise<number | undefined> {
    return this.shard(key).tryAnyOf(key, limit);
  }

  /**
   * An in-process queue in front of a counting semaphore: at most `limit` runs of this process try for
   * `key` at once, so waiters queue in memory instead of polling PostgreSQL over the lock sessions.
   */
  localQueue(key: string, limit: number): Semaphore {
    const id = `${key}/${limit}`;
    let queue = this.queues.get(id);
    if (!queue) {
      queue = new Semaphore(limit);
      this.queues.set(id, queue);
    }
    return queue;
  }

  unlock(key: string, sub = 0): Promise<void> {
    return this.shard(key).unlock(key, sub);
  }

  async close(): Promise<void> {
    await Promise.all(this.shards.map((s) => s.close()));
  }

  private shard(key: string): LockConnection {
    return this.shards[shardOf(key)] as LockConnection;
  }
}
