import type { Pool } from 'pg';

/**
 * What a refused request must leave exactly as it was: connections and their secrets, system clients,
 * settings, signing secrets, events and agent request ids. A digest per table, compared before and after.
 */
const GUARDED = [
  'zoho_system_clients',
  'zoho_connections',
  'zoho_tokens',
  'settings_versions',
  'event_signing_secrets',
  'events',
  'agent_action_requests',
] as const;

export async function dataFingerprint(pool: Pool): Promise<Record<string, string>> {
  const entries = await Promise.all(
    GUARDED.map(async (table) => {
      const { rows } = await pool.query<{ digest: string }>(
        `select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') as digest
           from ${table} t`,
      );
      return [table, rows[0]?.digest ?? ''] as const;
    }),
  );
  return Object.fromEntries(entries);
}
