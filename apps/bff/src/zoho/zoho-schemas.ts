import { z } from 'zod';

/**
 * Zoho's whole-request error: `code`, `details`, `message`, `status`
 * (https://www.zoho.com/crm/developer/docs/api/v8/status-codes.html).
 */
export const zohoApiErrorBodySchema = z.object({
  code: z.string(),
  message: z.string().default(''),
  details: z.record(z.string(), z.unknown()).default({}),
  status: z.literal('error').optional(),
});

export const recordResultSchema = z.object({
  code: z.string(),
  status: z.enum(['success', 'error']),
  message: z.string().default(''),
  details: z.record(z.string(), z.unknown()).default({}),
  /** Upsert only: whether the record was added or an existing one (found by `duplicate_field`) updated. */
  action: z.enum(['insert', 'update']).optional(),
  duplicate_field: z.string().nullable().optional(),
});

/** insert/update/upsert/delete: one `data[]` entry per record sent, in order. */
export const writeResponseSchema = z.object({ data: z.array(recordResultSchema) });

/** Upload an Attachment: one `data[]` entry whose details carry the attachment's id. */
const attachmentResultSchema = z.object({
  code: z.literal('SUCCESS'),
  details: z.looseObject({ id: z.string() }),
});
export const attachmentResponseSchema = z.object({
  data: z.tuple([attachmentResultSchema]).rest(attachmentResultSchema),
});

export const recordSchema = z.looseObject({ id: z.string() });

export const recordListSchema = z.object({
  data: z.array(recordSchema),
  info: z
    .object({ more_records: z.boolean().default(false) })
    .partial()
    .default({}),
});

const namedRefSchema = z.object({ id: z.string(), name: z.string() });

export const userInfoSchema = z.looseObject({
  id: z.string().min(1),
  email: z.string(),
  full_name: z.string().optional(),
  status: z.string().default('active'),
  profile: namedRefSchema.nullable().catch(null).default(null),
  role: namedRefSchema.nullable().catch(null).default(null),
});

export const usersResponseSchema = z.object({
  users: z.array(userInfoSchema),
  info: z
    .object({ more_records: z.boolean().default(false) })
    .partial()
    .default({}),
});

export const orgSchema = z.looseObject({
  id: z.string(),
  company_name: z.string(),
  zgid: z.string().optional(),
  type: z.string().optional(),
  time_zone: z.string().optional(),
  /** The org's country as named in Company Details ("United States"), or null when not set. */
  country: z.string().nullish(),
  /** ISO 3166-1 alpha-2 ("US"), or null. */
  country_code: z.string().nullish(),
  license_details: z.looseObject({ paid_type: z.string().optional() }).optional(),
});

export const orgResponseSchema = z.object({ org: z.array(orgSchema).min(1) });
