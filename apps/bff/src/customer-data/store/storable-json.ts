import { cleanDeep, MAX_JSON_DEPTH, TooDeepError } from '../../text/clean-text.ts';

/**
 * JSON.stringify writes the two things PostgreSQL refuses, NUL and an unpaired surrogate, as `\u0000` and
 * `\ud8xx`…`\udfxx` escapes (a valid pair stays as it is), so one search of the text finds every row that
 * needs cleaning. A literal backslash-u typed by someone also matches: that batch is cleaned, still right.
 */
const UNSTORABLE_ESCAPE = /\\u(?:0000|d[89a-f])/i;

function deeperThan(value: unknown, max: number, depth = 0): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth >= max) return true;
  for (const item of Array.isArray(value) ? value : Object.values(value))
    if (deeperThan(item, max, depth + 1)) return true;
  return false;
}

/** Zoho's values as PostgreSQL can hold them; a record nested absurdly deep keeps its id only. */
function storable(values: Record<string, unknown>): unknown {
  try {
    return cleanDeep(values);
  } catch (error) {
    if (error instanceof TooDeepError) return { id: values.id };
    throw error;
  }
}

/**
 * A batch of rows (each with Zoho's `values`, if any) as JSON for `jsonb_to_recordset`. Nearly every batch
 * is clean already, and stringifying it once and searching the text costs a fraction of rebuilding every
 * record with cleanDeep (the import's largest share of CPU before); only a batch that needs it is rebuilt.
 */
export function storableJson(rows: readonly Record<string, unknown>[]): string {
  const json = JSON.stringify(rows);
  const tooDeep = rows.some((r) => deeperThan(r.values, MAX_JSON_DEPTH - 1));
  if (!tooDeep && !UNSTORABLE_ESCAPE.test(json)) return json;
  return JSON.stringify(
    rows.map(({ values, ...rest }) => ({
      ...(cleanDeep(rest) as Record<string, unknown>),
      ...(values === undefined ? {} : { values: storable(values as Record<string, unknown>) }),
    })),
  );
}
