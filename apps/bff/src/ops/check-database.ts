import pg from 'pg';

/** Connect and query each get this long, so /readyz answers well within 2 s whatever the database does. */
const CHECK_TIMEOUT_MS = 800;

/**
 * Readiness of the database on a connection of its own: the pool's clients may all be busy (load is not
 * unreadiness) or hung on a partitioned socket. Both steps are bounded (a partitioned database accepts
 * the connection and then says nothing), and the socket is destroyed rather than ended when the check
 * failed, since a polite end would wait for an answer that never comes.
 */
export async function checkDatabase(pool: pg.Pool): Promise<void> {
  const { connectionString, host, port, user, password, database, ssl } = pool.options;
  const client = new pg.Client({
    connectionString,
    host,
    port,
    user,
    password,
    database,
    ssl,
    connectionTimeoutMillis: CHECK_TIMEOUT_MS,
    query_timeout: CHECK_TIMEOUT_MS,
    application_name: 'cxc-readiness',
  });
  // A socket error after the check settled must not crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    throw error;
  }
  await client.end();
}
