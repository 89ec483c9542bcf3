import type { SettingsVersionSummary } from '@cxc/shared/api/settings';
import { type IntegrationSettings, integrationSettingsSchema } from '@cxc/shared/domain/settings';
import type { Queryable } from '../../db/queryable.ts';

/** The author as stored in `saved_by`: who they were when they saved, independent of later sign-ins. */
export interface SavedBy {
  sub: string;
  email: string;
  name: string;
}

export interface StoredVersion {
  summary: SettingsVersionSummary;
  settings: IntegrationSettings;
}

interface VersionRow {
  number: number;
  document: unknown;
  saved_by: SavedBy;
  saved_at: Date;
  restored_from: number | null;
}

const COLUMNS = 'number, document, saved_by, saved_at, restored_from';

export function toSummary(row: Omit<VersionRow, 'document'>): SettingsVersionSummary {
  return {
    number: row.number,
    savedAt: row.saved_at.toISOString(),
    savedBy: { email: row.saved_by.email, name: row.saved_by.name },
    restoredFrom: row.restored_from,
  };
}

// Parsed on the way out: a document that no longer fits the schema fails here, loudly, not in the editor.
const toStored = (row: VersionRow): StoredVersion => ({
  summary: toSummary(row),
  settings: integrationSettingsSchema.parse(row.document),
});

/**
 * The last parsed latest version per tenant. Versions are never changed once saved, so a row with the
 * same number and save time has the same document: the engine reads the settings for every event, and
 * parsing them (templates, conditions) cost more than the query. Callers get a copy they may change.
 */
const latestParsed = new Map<string, { number: number; savedAt: string; settings: IntegrationSettings }>();
/** The save time to the microsecond, as text: a JavaScript Date would drop the microseconds. */
const SAVED_US = '(extract(epoch from saved_at) * 1000000)::bigint::text';

export async function selectLatestVersion(
  db: Queryable,
  tenantId: string,
): Promise<StoredVersion | undefined> {
  const known = latestParsed.get(tenantId);
  const { rows } = await db.query<VersionRow & { saved_us: string }>(
    `select number, saved_by, saved_at, restored_from, ${SAVED_US} as saved_us,
            case when number = $2 and ${SAVED_US} = $3 then null else document end as document
       from settings_versions where tenant_id = $1 order by number desc limit 1`,
    [tenantId, known?.number ?? null, known?.savedAt ?? null],
  );
  const row = rows[0];
  if (!row) return undefined;
  if (known && row.document === null && row.number === known.number && row.saved_us === known.savedAt)
    return { summary: toSummary(row), settings: structuredClone(known.settings) };
  const stored = toStored(row);
  latestParsed.set(tenantId, {
    number: row.number,
    savedAt: row.saved_us,
    settings: structuredClone(stored.settings),
  });
  return stored;
}

export async function selectVersion(
  db: Queryable,
  tenantId: string,
  number: number,
): Promise<StoredVersion | undefined> {
  const { rows } = await db.query<VersionRow>(
    `select ${COLUMNS} from settings_versions where tenant_id = $1 and number = $2`,
    [tenantId, number],
  );
  return rows[0] && toStored(rows[0]);
}

export async function selectLatestNumber(db: Queryable, tenantId: string): Promise<number | null> {
  const { rows } = await db.query<{ number: number | null }>(
    'select max(number) as number from settings_versions where tenant_id = $1',
    [tenantId],
  );
  return rows[0]?.number ?? null;
}
