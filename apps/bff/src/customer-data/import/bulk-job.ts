import type { MirrorModule } from '@cxc/shared/api/customer-data';
import { z } from 'zod';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { ZohoApiError } from '../../zoho/zoho-errors.ts';

/**
 * What creating a Bulk Read job costs. Zoho's v2 limits page names no figure; 50 is the one commonly
 * quoted and the simulator charges it (packages/zoho-sim/src/crm/FIDELITY.md, "Bulk Read"). The budget
 * counts it like any other import call. Status reads and downloads cost 1.
 */
export const BULK_CREATE_CREDITS = 50;

const createdSchema = z.object({
  data: z
    .array(
      z.object({ details: z.object({ id: z.union([z.string(), z.number()]), created_time: z.string() }) }),
    )
    .min(1),
});

const jobSchema = z.object({
  data: z
    .array(
      z.object({
        state: z.string(),
        result: z
          .object({
            page: z.number(),
            per_page: z.number(),
            count: z.number(),
            more_records: z.boolean(),
          })
          .optional(),
      }),
    )
    .min(1),
});

export interface BulkJobCreated {
  jobId: string;
  /** Zoho's clock when the job was created: the result holds what Zoho had then. */
  createdAt: string;
}

/**
 * `POST /crm/bulk/v2/read` for one page of a module: every field named (the CSV then has one column
 * per field, `id` first), plus the owner's and the account's names, which the CSV otherwise gives as
 * ids only. No callback: Zoho signs nothing, so the state is read anyway (FIDELITY.md).
 */
export async function createBulkJob(
  zoho: ZohoClient,
  module: MirrorModule,
  fields: readonly string[],
  page: number,
): Promise<BulkJobCreated> {
  const response = await zoho.bulkRead('POST', '', {
    body: { query: { module, fields, page } },
    schema: createdSchema,
    credits: BULK_CREATE_CREDITS,
  });
  const details = response.data?.data[0]?.details;
  if (!details)
    throw new ZohoApiError(response.status, 'UNEXPECTED_RESPONSE', 'no Bulk Read job was created');
  return { jobId: String(details.id), createdAt: details.created_time };
}

export type BulkJobState =
  | { state: 'waiting' }
  | { state: 'failed' }
  | { state: 'completed'; perPage: number; count: number; moreRecords: boolean };

/** `GET /crm/bulk/v2/read/{id}`: ADDED and IN PROGRESS wait, FAILURE fails, COMPLETED has the result. */
export async function readBulkJob(zoho: ZohoClient, jobId: string): Promise<BulkJobState> {
  const response = await zoho.bulkRead('GET', `/${encodeURIComponent(jobId)}`, { schema: jobSchema });
  const job = response.data?.data[0];
  if (!job) throw new ZohoApiError(response.status, 'UNEXPECTED_RESPONSE', 'the Bulk Read job has no state');
  if (job.state === 'COMPLETED' && job.result)
    return {
      state: 'completed',
      perPage: job.result.per_page,
      count: job.result.count,
      moreRecords: job.result.more_records,
    };
  if (job.state === 'FAILURE' || job.state === 'FAILED') return { state: 'failed' };
  return { state: 'waiting' };
}
