import pg from 'pg';
import type { Logger } from 'pino';

/**
 * One PostgreSQL session holding advisory locks (a shard of the process's LockSession). Locks die with
 * the session, so a killed process frees all of them at once.
 *
 * Session advisory locks are re-entrant: the same session "acquires" a lock it already holds. So the
 * shard keeps its own set of held keys and runs every lock statement one at a time (a promise chain):
 * two runs in this process never both get a lock the other holds.
 */
export class LockConnection {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly held = new Set<string>();
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;
  private releases: {
    id: string;
    key: string;
    sub: number;
    resolve: () => void;
    reject: (error: unknown) => void;
  }[] = [];
  private releaseQueued = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {}

  /** Takes `key` (with sub-key `sub`) if nobody, in this process or another, holds it. */
  tryLock(key: string, sub = 0): Promise<boolean> {
    return this.exclusive(async () => {
      const id = `${key}#${sub}`;
      if (this.held.has(id)) return false;
      const client = await this.connection();
      const { rows } = await client.query<{ locked: boolean }>(
        'select pg_try_advisory_lock(hashtext($1), $2) as locked',
        [key, sub],
      );
      if (rows[0]?.locked) this.held.add(id);
      return rows[0]?.locked === true;
    });
  }

  /** Takes the first free sub-key of `key` in [0, limit): a counting semaphore shared by every process. */
  tryAnyOf(key: string, limit: number): Promise<number | undefined> {
    return this.exclusive(async () => {
      const free = Array.from({ length: limit }, (_, s) => s).filter((s) => !this.held.has(`${key}#${s}`));
      if (free.length === 0) return undefined;
      const client = await this.connection();
      const { rows } = await client.query<{ sub: number }>(
        `select s as sub from unnest($2::int[]) s where pg_try_advisory_lock(hashtext($1), s) limit 1`,
        [key, free],
      );
      const sub = rows[0]?.sub;
      if (sub !== undefined) this.held.add(`${key}#${sub}`);
      return sub;
    });
  }

  /**
   * Releases `key`. Releases asked for while a statement of this session is in flight go together in one
   * statement, in their place in the session's order: a take after a release still sees it released.
   */
  unlock(key: string, sub = 0): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.releases.push({ id: `${key}#${sub}`, key, sub, resolve, reject });
      if (this.releaseQueued) return;
      this.releaseQueued = true;
      void this.exclusive(() => this.release());
    });
  }

  private async release(): Promise<void> {
    this.releaseQueued = false;
    const batch = this.releases;
    this.releases = [];
    // Not held: the session was lost (and its locks with it) since this lock was taken.
    const held = batch.filter((r) => this.held.delete(r.id));
    try {
      if (held.length > 0 && this.client)
        await this.client.query(
          'select pg_advisory_unlock(hashtext(k), s) from unnest($1::text[], $2::int[]) as u(k, s)',
          [held.map((r) => r.key), held.map((r) => r.sub)],
        );
      for (const r of batch) r.resolve();
    } catch (error) {
      for (const r of batch) r.reject(error);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.chain.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    this.held.clear();
    await client?.end().catch(() => undefined);
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work, work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async connection(): Promise<pg.Client> {
    if (this.closed) throw new Error('the lock session is closed');
    if (this.client) return this.client;
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.databaseUrl });
      client.on('error', (error) => {
        // The server dropped the session: every lock it held is gone. Runs still in flight finish (their
        // writes stay crash-safe through the outbox); new locks are taken on a fresh session.
        this.log.error({ err: error }, 'engine lock session lost');
        if (this.client === client) {
          this.client = undefined;
          this.held.clear();
        }
      });
      await client.connect();
      this.client = client;
      return client;
    })().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }
}
