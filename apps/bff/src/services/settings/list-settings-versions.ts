import type { SettingsVersionSummary } from '@cxc/shared/api/settings';
import type { Queryable } from '../../db/queryable.ts';
import { type SavedBy, toSummary } from './settings-version-store.ts';

interface SummaryRow {
  number: number;
  saved_by: SavedBy;
  saved_at: Date;
  restored_from: number | null;
  total: string;
}

/** Newest first; the documents themselves stay in the database until one version is opened. */
export async function listSettingsVersions(
  db: Queryable,
  tenantId: string,
  page: { page: number; perPage: number },
): Promise<{ versions: SettingsVersionSummary[]; total: number }> {
  const { rows } = await db.query<SummaryRow>(
    `select number, saved_by, saved_at, restored_from, count(*) over () as total
       from settings_versions where tenant_id = $1
      order by number desc limit $2 offset $3`,
    [tenantId, page.perPage, (page.page - 1) * page.perPage],
  );
  // A page past the end has no rows to carry the window count: count separately only then.
  const total = rows[0]
    ? Number(rows[0].total)
    : Number(
        (
          await db.query<{ n: string }>('select count(*) as n from settings_versions where tenant_id = $1', [
            tenantId,
          ])
        ).rows[0]?.n ?? 0,
      );
  return { versions: rows.map(toSummary), total };
}
