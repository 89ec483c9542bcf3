import { z } from 'zod';

/** Zoho's documented v2 shapes; conformance tests parse every response with them. */
export const zohoId = z.string().regex(/^\d{19}$/);
/** `2026-11-21T05:06:07-05:00`: seconds precision, explicit offset. */
export const zonedTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);

export const errorBody = z.strictObject({
  code: z.string(),
  details: z.record(z.string(), z.unknown()),
  message: z.string(),
  status: z.literal('error'),
});

export const info = z.strictObject({
  per_page: z.number(),
  count: z.number(),
  page: z.number(),
  more_records: z.boolean(),
});

export const userRef = z.strictObject({
  name: z.string().nullable(),
  id: z.string(),
  email: z.string().nullable(),
});

export const record = z.looseObject({
  id: zohoId,
  Owner: userRef.optional(),
  Created_By: userRef.optional(),
  Modified_By: userRef.optional(),
  Created_Time: zonedTime.optional(),
  Modified_Time: zonedTime.optional(),
});
export type ZohoRecord = z.infer<typeof record>;

export const recordList = z.strictObject({ data: z.array(record), info });

export const writeSuccess = z.looseObject({
  code: z.literal('SUCCESS'),
  details: z.looseObject({
    id: zohoId,
    Created_Time: zonedTime,
    Modified_Time: zonedTime,
    Created_By: z.strictObject({ name: z.string().nullable(), id: z.string() }),
    Modified_By: z.strictObject({ name: z.string().nullable(), id: z.string() }),
  }),
  message: z.string(),
  status: z.literal('success'),
});

export const recordError = z.strictObject({
  code: z.string(),
  details: z.record(z.string(), z.unknown()),
  message: z.string(),
  status: z.literal('error'),
});

export const writeResult = z.strictObject({ data: z.array(z.union([writeSuccess, recordError])) });

export const coqlResult = z.strictObject({
  data: z.array(z.looseObject({ id: zohoId })),
  info: z.strictObject({ count: z.number(), more_records: z.boolean() }),
});
