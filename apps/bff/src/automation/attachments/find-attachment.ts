import { z } from 'zod';
import type { ZohoClient } from '../../zoho/zoho-client.ts';

const attachmentSchema = z.looseObject({
  id: z.string(),
  File_Name: z.string().nullish(),
  Size: z.union([z.string(), z.number()]).nullish(),
  $link_url: z.string().nullish(),
});
export type ZohoAttachment = z.infer<typeof attachmentSchema>;

const listSchema = z.object({
  data: z.array(attachmentSchema),
  info: z
    .object({ more_records: z.boolean().default(false) })
    .partial()
    .default({}),
});

/** The record's attachment that `matches`, newest first (a retry's upload is among the latest). */
export async function findAttachment(
  client: ZohoClient,
  module: string,
  recordId: string,
  matches: (a: ZohoAttachment) => boolean,
): Promise<ZohoAttachment | undefined> {
  const path = `/${encodeURIComponent(module)}/${encodeURIComponent(recordId)}/Attachments`;
  for (let page = 1; page <= 10; page += 1) {
    const { data } = await client.get(path, { query: { page, per_page: 200 }, schema: listSchema });
    const found = data?.data.find(matches);
    if (found) return found;
    if (!data?.info.more_records) return undefined;
  }
  return undefined;
}
