import type { UserDirectory } from '../render/user-ref.ts';
import { fullName } from '../render/user-ref.ts';
import { formatZoned } from '../render/format-time.ts';
import type { CriteriaInput } from './bulk-criteria.ts';

/** Zoho's v2 states (the v2 SDK's `JobDetail.state` choices; later API versions add QUEUED). */
export type BulkState = 'ADDED' | 'IN PROGRESS' | 'COMPLETED' | 'FAILURE';

/** The `query` of a job as Zoho echoes it back (v2: `module` is the API name as a string). */
export interface BulkQuery {
  module: string;
  fields?: string[];
  criteria?: CriteriaInput;
  cvid?: string;
  page: number;
}

export interface BulkResult {
  page: number;
  per_page: number;
  count: number;
  download_url: string;
  more_records: boolean;
}

export interface BulkJob {
  id: string;
  orgId: string;
  timeZone: string;
  query: BulkQuery;
  callback?: { url: string; method: 'post' };
  createdBy: string;
  createdAt: number;
  state: BulkState;
  result?: BulkResult;
  /** The zipped CSV on disk, once COMPLETED. */
  file?: string;
  completedAt?: number;
}

export const BULK_READ_PATH = '/crm/bulk/v2/read';

export function downloadUrl(jobId: string): string {
  return `${BULK_READ_PATH}/${jobId}/result`;
}

function createdBy(job: BulkJob, users: UserDirectory): { id: string; name: string | null } {
  const user = users.get(job.createdBy);
  return { id: job.createdBy, name: user ? fullName(user) : null };
}

/** `GET /crm/bulk/v2/read/{id}`'s `data[0]`. */
export function renderJob(job: BulkJob, users: UserDirectory): Record<string, unknown> {
  return {
    id: job.id,
    operation: 'read',
    state: job.state,
    query: job.query,
    created_by: createdBy(job, users),
    created_time: formatZoned(job.createdAt, job.timeZone),
    ...(job.result ? { result: job.result } : {}),
    file_type: 'csv',
  };
}

/** The create answer's `details`. */
export function renderCreated(job: BulkJob, users: UserDirectory): Record<string, unknown> {
  return {
    id: job.id,
    operation: 'read',
    state: job.state,
    created_by: createdBy(job, users),
    created_time: formatZoned(job.createdAt, job.timeZone),
  };
}

/** What Zoho posts to the callback URL when a job completes or fails (assumed shape, FIDELITY.md). */
export function renderCallback(job: BulkJob): Record<string, unknown> {
  return {
    job_id: job.id,
    operation: 'read',
    state: job.state,
    query: job.query,
    ...(job.result ? { result: job.result } : {}),
  };
}
