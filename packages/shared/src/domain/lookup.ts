import { z } from 'zod';
import { zohoModuleSchema } from './modules.ts';

/** One read the planner asks its caller to run against Zoho (the engine and dry run share the planner). */
export const lookupQuerySchema = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('id'), module: zohoModuleSchema, id: z.string() }),
  z.strictObject({ by: z.literal('email'), module: zohoModuleSchema, email: z.string() }),
  /**
   * `phone` in E.164 is looked for in every spelling Zoho may hold, in `fields` (the module's phone
   * fields; Zoho's standard ones when absent), in one request per module. Anything else is one
   * `phone=` search for that exact text.
   */
  z.strictObject({
    by: z.literal('phone'),
    module: zohoModuleSchema,
    phone: z.string(),
    fields: z.array(z.string()).min(1).optional(),
  }),
  z.strictObject({ by: z.literal('criteria'), module: zohoModuleSchema, criteria: z.string() }),
]);
export type LookupQuery = z.infer<typeof lookupQuerySchema>;

/** A record as Zoho returns it: field API names as keys, lookups as `{id, name}`. */
export type ZohoRecord = { id: string } & Record<string, unknown>;

/** `GET /{module}/{id}`, `/search?email=|criteria=`, COQL for phones; an empty array when nothing is found. */
export interface Lookup {
  (query: LookupQuery): Promise<ZohoRecord[]>;
  /**
   * Questions asked at once share calls (the engine's batched lookups, the mirror): the planner may ask
   * every module's e-mail and phone question up front instead of one module after the other.
   */
  concurrent?: boolean;
}

/** A record an earlier event of the same conversation wrote; keeps one conversation on one record. */
export const storedLinkSchema = z.strictObject({
  module: zohoModuleSchema,
  id: z.string(),
  role: z.enum(['person', 'account', 'activity', 'deal']),
});
export type StoredLink = z.infer<typeof storedLinkSchema>;

/** Zoho criteria values: `\\`, `(`, `)` and `,` are backslash-escaped; URL-encoding is the caller's job. */
export function escapeCriteriaValue(value: string): string {
  return value.replace(/[\\(),]/g, (ch) => `\\${ch}`);
}

/** `(Last_Name:equals:Lovelace)` or `((Last_Name:equals:Lovelace)and(Company:equals:Acme))`. */
export function equalsCriteria(pairs: readonly (readonly [string, string])[]): string {
  const parts = pairs.map(([field, value]) => `(${field}:equals:${escapeCriteriaValue(value)})`);
  return parts.length === 1 ? (parts[0] ?? '') : `(${parts.join('and')})`;
}
