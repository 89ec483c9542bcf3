import type { Queryable } from '../../db/queryable.ts';

/** Events by status over the whole table, with the age in seconds of each status's oldest event. */
export async function countEventsByStatus(
  db: Queryable,
): Promise<{ status: string; n: number; oldest: number | null }[]> {
  const { rows } = await db.query<{ status: string; n: number; oldest: number | null }>(
    `select status, count(*)::int as n,
            extract(epoch from now() - min(received_at))::float8 as oldest
       from events group by status`,
  );
  return rows;
}

/**
 * Every tenant's failing error codes of the last `windowMinutes` (failed or retrying events) seen at
 * least `threshold` times, with the newest message; `excludedCodes` have their own issue elsewhere.
 */
/** One error code failing again and again, with the last failure's explanation (English and its key). */
export interface RepeatedFailure {
  tenant_id: string;
  code: string;
  failures: number;
  message: string;
  /** null for events stored before explanations carried a key. */
  detail: unknown;
}

export async function repeatedFailures(
  db: Queryable,
  options: { windowMinutes: number; threshold: number; excludedCodes: string[] },
): Promise<RepeatedFailure[]> {
  const { rows } = await db.query<RepeatedFailure>(
    `select tenant_id, error ->> 'code' as code, count(*)::int as failures,
            (array_agg(error ->> 'message' order by updated_at desc))[1] as message,
            (array_agg(error -> 'detail' order by updated_at desc))[1] as detail
       from events
      where status in ('failed', 'retrying') and updated_at > now() - make_interval(mins => $1)
        and error ->> 'code' is not null and not (error ->> 'code' = any($2))
      group by tenant_id, error ->> 'code'
     having count(*) >= $3`,
    [options.windowMinutes, options.excludedCodes, options.threshold],
  );
  return rows;
}
