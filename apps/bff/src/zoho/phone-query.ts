import type { IdentityModule } from '@cxc/shared/domain/modules';
import { phoneSearchVariants } from '@cxc/shared/domain/phone';

/** Zoho COQL: at most 25 criteria in WHERE, 50 values per `in` (v2 COQL-Limitations page). */
export const COQL_MAX_CRITERIA = 25;
export const COQL_MAX_IN_VALUES = 50;
/** LIMIT up to 200 costs one credit, as a search does. */
const LIMIT = 200;

/** Phone fields Zoho's standard layouts have, for when the org's field list was not read. */
export const STANDARD_PHONE_FIELDS: Record<IdentityModule, readonly string[]> = {
  Contacts: ['Phone', 'Mobile', 'Home_Phone', 'Other_Phone', 'Asst_Phone'],
  Leads: ['Phone', 'Mobile'],
  Accounts: ['Phone'],
};

/** A COQL string literal: single quotes, a quote inside doubled. */
export const coqlString = (value: string) => `'${value.replace(/'/g, "''")}'`;

const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** v2 COQL takes two criteria per group: `((A or B) or (C or D))`, never `A or B or C`. */
function orTree(criteria: readonly string[]): string {
  if (criteria.length === 1) return criteria[0] ?? '';
  const half = Math.ceil(criteria.length / 2);
  return `(${orTree(criteria.slice(0, half))} or ${orTree(criteria.slice(half))})`;
}

/** Mobile and home numbers have no extension: only office lines (and the org's own phone fields) do. */
const NO_EXTENSION_FIELDS = new Set(['Mobile', 'Home_Phone']);

/** The fields a number with an extension may be stored in. */
export const extensionFields = (fields: readonly string[]) =>
  [...new Set(fields)].filter((field) => !NO_EXTENSION_FIELDS.has(field));

/** `field like 'prefix%'` per field and prefix: numbers stored with an extension (see `extensionPrefixes`). */
const extensionCriteria = (fields: readonly string[], prefixes: readonly string[]) =>
  extensionFields(fields).flatMap((field) =>
    prefixes.map((prefix) => [field, `${field} like ${coqlString(`${prefix}%`)}`] as const),
  );

/**
 * The COQL selects that find a number in any spelling in any of `fields`: one `in` criterion per field
 * with every spelling, so a whole module is one request. More than Zoho's limits per request (25
 * criteria, 50 values) is split into several. Zoho compares phone text exactly, so the rows still need
 * the caller's E.164 re-check; an unparseable number gives no query. `variants` replaces the shared
 * spellings (the agent panel adds hand-typed ones); `prefixes` adds a `like` per prefix in each field
 * that may hold an extension.
 */
export function phoneCoqlQueries(
  module: string,
  fields: readonly string[],
  e164: string,
  variants: readonly string[] = phoneSearchVariants(e164),
  prefixes: readonly string[] = [],
): string[] {
  const names = [...new Set(fields)];
  const likes = extensionCriteria(names, prefixes);
  if ((!variants.length && !likes.length) || !names.length) return [];
  const criteria = [
    ...names.flatMap((field) =>
      chunk(variants, COQL_MAX_IN_VALUES).map(
        (values) => [field, `${field} in (${values.map(coqlString).join(', ')})`] as const,
      ),
    ),
    ...likes,
  ];
  return chunk(criteria, COQL_MAX_CRITERIA).map((group) => {
    const columns = [...new Set(group.map(([field]) => field))].join(', ');
    return `select ${columns} from ${module} where ${orTree(group.map(([, c]) => c))} limit ${LIMIT}`;
  });
}
