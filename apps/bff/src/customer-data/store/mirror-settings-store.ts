import {
  type CustomerDataSettings,
  customerDataSettingsSchema,
  DEFAULT_CUSTOMER_DATA_SETTINGS,
} from '@cxc/shared/api/customer-data';
import type { Queryable } from '../../db/queryable.ts';

export interface SettingsRow {
  mode: string;
  modules: string[];
  interval_seconds: number;
}

/** The tenant's customer-data settings; the defaults until the admin saves (or when a row no longer parses). */
export async function readMirrorSettings(db: Queryable, tenantId: string): Promise<CustomerDataSettings> {
  const { rows } = await db.query<SettingsRow>(
    'select mode, modules, interval_seconds from mirror_settings where tenant_id = $1',
    [tenantId],
  );
  return settingsFromRow(rows[0]);
}

/** A stored settings row as settings: the defaults when there is none or it no longer parses. */
export function settingsFromRow(row: SettingsRow | undefined | null): CustomerDataSettings {
  if (!row) return DEFAULT_CUSTOMER_DATA_SETTINGS;
  const parsed = customerDataSettingsSchema.safeParse({
    mode: row.mode,
    modules: row.modules,
    intervalMinutes: Math.round(row.interval_seconds / 60),
  });
  return parsed.success ? parsed.data : DEFAULT_CUSTOMER_DATA_SETTINGS;
}

export async function writeMirrorSettings(
  db: Queryable,
  tenantId: string,
  settings: CustomerDataSettings,
  actor: string,
): Promise<void> {
  await db.query(
    `insert into mirror_settings (tenant_id, mode, modules, interval_seconds, updated_by)
     values ($1, $2, $3, $4, $5)
     on conflict (tenant_id) do update set mode = excluded.mode, modules = excluded.modules,
       interval_seconds = excluded.interval_seconds, updated_by = excluded.updated_by, updated_at = now()`,
    [tenantId, settings.mode, settings.modules, settings.intervalMinutes * 60, actor],
  );
}
