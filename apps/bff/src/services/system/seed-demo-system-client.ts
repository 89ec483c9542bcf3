import type { Pool } from 'pg';
import type { SecretBox } from '../../crypto/secret-box.ts';
import { systemSecretContext } from './system-clients.ts';

/**
 * Embedded mode: while nothing is configured, the simulator's US DC gets the simulator's demo client,
 * so a newcomer connects with one click. A real configuration is never touched. `demoClient` is only
 * asked for when seeding will happen: it may register a client at the simulator.
 */
export async function seedDemoSystemClient(
  pool: Pool,
  box: SecretBox,
  demoClient: () => Promise<{ id: string; secret: string }>,
): Promise<boolean> {
  const { rows } = await pool.query<{ configured: boolean }>(
    'select exists (select 1 from zoho_system_clients) as configured',
  );
  if (rows[0]?.configured) return false;
  const demo = await demoClient();
  const dataCenterId = 'sim-us';
  const { rowCount } = await pool.query(
    `insert into zoho_system_clients (data_center_id, client_id, client_secret_sealed, enabled, updated_by)
     select $1, $2, $3, true, 'seed' where not exists (select 1 from zoho_system_clients)`,
    [dataCenterId, demo.id, box.encrypt(demo.secret, systemSecretContext(dataCenterId))],
  );
  return (rowCount ?? 0) > 0;
}
