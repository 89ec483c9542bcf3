import pg from 'pg';
import type { Logger } from 'pino';

export function createPool(connectionString: string, max: number, logger: Logger): pg.Pool {
  // A bounded connect timeout keeps /readyz answering 503 instead of hanging when the database is away.
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection emits here; without a listener the process would crash.
  pool.on('error', (error) => logger.warn({ err: error }, 'idle database connection failed'));
  return pool;
}
