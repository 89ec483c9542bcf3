import pg from 'pg';
import type { Logger } from 'pino';

export interface PoolTimeouts {
  /** Connecting a new client, and waiting for a free one when all `max` are busy (pg-pool uses the one value). */
  connectMs: number;
  /** Server side: PostgreSQL cancels a statement running longer (57014). */
  statementMs: number;
  /** Client side: a query whose answer never arrives (a partitioned database keeps the socket open, silent). */
  queryMs: number;
}

/**
 * Every wait on the database is bounded, so a request answers 503 (errors/database-unavailable.ts) instead
 * of hanging or failing with a 500 when the database is away, partitioned or overloaded. Request
 * queries are short; the query timeout sits above the statement timeout so a slow but living database
 * is cancelled by PostgreSQL first (the connection stays usable), a silent one by the client.
 */
export const DEFAULT_POOL_TIMEOUTS: PoolTimeouts = { connectMs: 5_000, statementMs: 15_000, queryMs: 20_000 };

/**
 * What is worth logging about an idle client's failure. pg-pool hangs the whole client on the error
 * (`err.client`): its connection parameters (a password among them) and socket state must stay out of
 * the log, so only these facts are kept, under `error` (pino's `err` serializer would add an empty stack).
 */
export function idleErrorFacts(error: Error): { name: string; code?: string; message: string } {
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
}

export function createPool(
  connectionString: string,
  max: number,
  logger: Logger,
  timeouts: Partial<PoolTimeouts> = {},
): pg.Pool {
  const { connectMs, statementMs, queryMs } = { ...DEFAULT_POOL_TIMEOUTS, ...timeouts };
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: connectMs,
    statement_timeout: statementMs,
    query_timeout: queryMs,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection emits here; without a listener the process would crash.
  pool.on('error', (error) =>
    logger.warn({ error: idleErrorFacts(error) }, 'idle database connection failed'),
  );
  return pool;
}

/**
 * A query allowed to wait `ms` (server and client side) instead of the pool's request timeouts, e.g. for a
 * lock held across a call to Zoho. Run it in a transaction: `set local` ends with it.
 */
export async function queryWaiting(
  client: pg.PoolClient,
  ms: number,
  text: string,
  values: unknown[],
): Promise<pg.QueryResult> {
  await client.query(`set local statement_timeout = ${Math.round(ms)}`);
  // pg reads a per-query `query_timeout`; @types/pg does not declare it.
  return client.query({ text, values, query_timeout: ms + 1_000 } as pg.QueryConfig);
}
