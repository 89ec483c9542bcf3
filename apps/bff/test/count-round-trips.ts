import type { Pool, PoolClient } from 'pg';

export interface RoundTripCounter {
  /** Statements sent since the last reset, in order (first line of each, for reading a regression). */
  readonly statements: string[];
  reset(): void;
  restore(): void;
}

/**
 * Counts every statement the pool sends to PostgreSQL, through `pool.query` and through clients checked out
 * with `pool.connect()` (transactions). One statement is one round trip: pg does not pipeline.
 */
export function countRoundTrips(pool: Pool): RoundTripCounter {
  const statements: string[] = [];
  const note = (text: unknown) => {
    const sql = typeof text === 'string' ? text : String((text as { text?: unknown } | null)?.text ?? text);
    statements.push(sql.replace(/\s+/g, ' ').trim().slice(0, 120));
  };
  const originalQuery = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const originalConnect = pool.connect.bind(pool) as () => Promise<PoolClient>;
  const patchedPool = pool as unknown as { query: unknown; connect: unknown };
  patchedPool.query = (...args: unknown[]) => {
    note(args[0]);
    return originalQuery(...args);
  };
  // pool.query checks out its client with a callback: those statements are counted above already.
  patchedPool.connect = async (...args: unknown[]) => {
    if (args.length > 0) return (originalConnect as (...a: unknown[]) => unknown)(...args);
    const client = await originalConnect();
    // Kept unbound on purpose: put back as they were on release, then called with the client as `this`.
    const checkedOut = client as unknown as { query: unknown; release: unknown };
    const clientQuery = checkedOut.query;
    const release = checkedOut.release;
    checkedOut.query = (...queryArgs: unknown[]) => {
      note(queryArgs[0]);
      return (clientQuery as (...a: unknown[]) => unknown).apply(client, queryArgs);
    };
    checkedOut.release = (...releaseArgs: unknown[]) => {
      delete (checkedOut as { query?: unknown }).query;
      return (release as (...a: unknown[]) => unknown).apply(client, releaseArgs);
    };
    return client;
  };
  return {
    statements,
    reset: () => void statements.splice(0),
    restore() {
      delete (patchedPool as { query?: unknown }).query;
      delete (patchedPool as { connect?: unknown }).connect;
    },
  };
}
