import { z } from 'zod';

/** Data types we know how to write; anything else Zoho sends is kept but treated as not mappable. */
export const KNOWN_DATA_TYPES = [
  'text',
  'textarea',
  'email',
  'phone',
  'website',
  'picklist',
  'multiselectpicklist',
  'date',
  'datetime',
  'integer',
  'bigint',
  'double',
  'decimal',
  'currency',
  'percent',
  'boolean',
  'lookup',
  'ownerlookup',
  'userlookup',
  'autonumber',
  'formula',
] as const;
export type KnownDataType = (typeof KNOWN_DATA_TYPES)[number];

const pickListValueSchema = z.object({
  display_value: z.string(),
  actual_value: z.string(),
});

/** v2 sends `lookup.module: "Accounts"`, v7 `lookup.module: {api_name: "Accounts"}`; non-lookups send `{}`. */
const lookupSchema = z
  .object({ module: z.union([z.string(), z.object({ api_name: z.string() })]).optional() })
  .transform((l) => (typeof l.module === 'object' ? l.module.api_name : l.module));

/**
 * One entry of `GET /crm/v2/settings/fields?module=X`: strict on the keys we read, unknown keys
 * stripped (Zoho adds keys across versions). `read_only` folds in `field_read_only` (profile-level).
 */
export const zohoFieldSchema = z
  .object({
    api_name: z.string().min(1),
    field_label: z.string(),
    data_type: z.string().min(1),
    system_mandatory: z.boolean().default(false),
    custom_field: z.boolean().default(false),
    read_only: z.boolean().default(false),
    field_read_only: z.boolean().default(false),
    length: z.number().int().nonnegative().nullable().optional(),
    pick_list_values: z.array(pickListValueSchema).default([]),
    lookup: lookupSchema.optional(),
  })
  .transform(({ field_read_only, lookup, length, ...f }) => ({
    ...f,
    read_only: f.read_only || field_read_only,
    length: length ?? undefined,
    lookupModule: lookup,
  }));
export type ZohoField = z.output<typeof zohoFieldSchema>;
export type ZohoFieldInput = z.input<typeof zohoFieldSchema>;

export const zohoFieldsResponseSchema = z.object({ fields: z.array(zohoFieldSchema) });

export function isKnownDataType(t: string): t is KnownDataType {
  return (KNOWN_DATA_TYPES as readonly string[]).includes(t);
}

export function findField(fields: readonly ZohoField[] | undefined, apiName: string): ZohoField | undefined {
  return fields?.find((f) => f.api_name === apiName);
}
