import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Queryable } from '../../db/queryable.ts';

export interface SystemClientRow {
  data_center_id: string;
  client_id: string;
  client_secret_sealed: string;
  enabled: boolean;
  updated_at: Date;
  updated_by: string;
}

export const systemSecretContext = (dataCenterId: string) => `zoho-system-client:${dataCenterId}`;

export async function listSystemClientRows(db: Queryable): Promise<SystemClientRow[]> {
  const { rows } = await db.query<SystemClientRow>('select * from zoho_system_clients');
  return rows;
}

/** The enabled system client of a DC with its secret opened, or undefined. */
export async function readEnabledSystemClient(
  db: Queryable,
  box: SecretBox,
  dataCenterId: string,
): Promise<{ clientId: string; clientSecret: string } | undefined> {
  const { rows } = await db.query<SystemClientRow>(
    'select * from zoho_system_clients where data_center_id = $1 and enabled',
    [dataCenterId],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    clientId: row.client_id,
    clientSecret: box.decrypt(row.client_secret_sealed, systemSecretContext(dataCenterId)),
  };
}
