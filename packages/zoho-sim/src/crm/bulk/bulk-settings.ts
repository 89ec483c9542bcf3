import { z } from 'zod';

/**
 * How the simulated Bulk Read service behaves. Zoho's documented numbers are the defaults; the
 * rest are assumptions (FIDELITY.md). Tests and benches change them through `/__sim/crm/bulk-read`.
 */
export interface BulkSettings {
  /** Records per result page (Zoho: 200,000). */
  per_page: number;
  /** Jobs an org may have ADDED or IN PROGRESS at once; one more is 429 (assumed 10). */
  max_active_jobs: number;
  /** How long a job stays ADDED before it starts (assumed; real ms). */
  queued_ms: number;
  /** Records handled between yields to the event loop while a file is written. */
  rows_per_slice: number;
  /** Downloads per org per minute (Zoho: 10; one more is 429). */
  downloads_per_minute: number;
  /** Credits a job creation costs (assumed 50); status reads and downloads cost 1. */
  create_credits: number;
  /** The next N jobs end in FAILURE instead of writing a file. */
  fail_next: number;
}

export const DEFAULT_BULK_SETTINGS: BulkSettings = {
  per_page: 200_000,
  max_active_jobs: 10,
  queued_ms: 100,
  rows_per_slice: 1_000,
  downloads_per_minute: 10,
  create_credits: 50,
  fail_next: 0,
};

export const bulkSettingsInput = z.strictObject({
  per_page: z.number().int().min(1).max(200_000).optional(),
  max_active_jobs: z.number().int().min(0).max(1_000).optional(),
  queued_ms: z.number().int().min(0).max(600_000).optional(),
  rows_per_slice: z.number().int().min(1).max(200_000).optional(),
  downloads_per_minute: z.number().int().min(0).max(10_000).optional(),
  create_credits: z.number().int().min(0).max(10_000).optional(),
  fail_next: z.number().int().min(0).max(1_000).optional(),
});

export type BulkSettingsInput = z.infer<typeof bulkSettingsInput>;
