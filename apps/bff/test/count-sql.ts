import pg from 'pg';

/** Statements sent by every PostgreSQL client of the process, by kind (the statement's opening words). */
export interface SqlCounter {
  /** Stops counting; `perEvent` divides every kind's count by `events`, the largest kinds first. */
  report(events: number): { total: number; perEvent: number; kinds: [string, number][] };
}

/** The first words of a statement, its literals and lists folded, so repeats of one statement group. */
function kindOf(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\$\d+/g, '$')
    .replace(/'[^']*'/g, "'…'")
    .trim()
    .slice(0, 90);
}

/**
 * Counts every statement of the process (intake, engine pool, lock sessions, pg-boss, listener): they all
 * go through `pg.Client#query`, and one statement is one round trip (pg does not pipeline).
 */
export function countSql(): SqlCounter {
  const counts = new Map<string, number>();
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: unknown } | null)?.text;
    if (typeof text === 'string') {
      const kind = kindOf(text);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return original.apply(this, args);
  };
  return {
    report(events) {
      proto.query = original;
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      const per = (n: number) => Math.round((n / Math.max(1, events)) * 1000) / 1000;
      const kinds = [...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([kind, n]): [string, number] => [kind, per(n)]);
      return { total, perEvent: per(total), kinds };
    },
  };
}
