import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';
import type { ZohoUser } from '@cxc/shared/domain/zoho-users';
import type { z } from 'zod';

export type QueryValue = string | number | boolean | undefined;

export interface ZohoRequestOptions<S extends z.ZodType = z.ZodType> {
  query?: Record<string, QueryValue>;
  /** JSON body (POST/PUT). */
  body?: unknown;
  /** Parses a 2xx body; without it the body is `unknown`. */
  schema?: S;
  /** Sent as `If-Modified-Since`; Zoho answers 304 when nothing changed. */
  ifModifiedSince?: Date;
  /** Some settings exist from v2.1 on only (the Lead assignment rules); everything else is v2. */
  apiVersion?: ZohoApiVersion;
}

export type ZohoApiVersion = 'v2' | 'v2.1';

/** A 2xx answer. 204 (nothing found) and 304 (not modified) carry `data: undefined`. */
export interface ZohoResponse<T> {
  status: number;
  data: T | undefined;
  notModified: boolean;
}

/** One entry of a write's `data[]` (insert/update/upsert/delete): Zoho's own words, never swallowed. */
export interface ZohoRecordResult {
  code: string;
  status: 'success' | 'error';
  message: string;
  details: Record<string, unknown>;
  /** Upsert only: `insert`, or `update` of the record whose `duplicate_field` matched. */
  action?: 'insert' | 'update' | undefined;
  duplicate_field?: string | null | undefined;
}

/** 201/200 all succeeded, 207 mixed, 400 all failed: `results[i]` belongs to the i-th record sent. */
export interface ZohoWriteResult {
  httpStatus: number;
  results: ZohoRecordResult[];
}

export type ZohoSearchQuery = { email: string } | { phone: string } | { criteria: string } | { word: string };

export interface ZohoPage<T> {
  records: T[];
  moreRecords: boolean;
}

/** A user with what the console shows (profile, role). */
export interface ZohoUserInfo extends ZohoUser {
  profile: { id: string; name: string } | null;
  role: { id: string; name: string } | null;
}

export interface ZohoOrg {
  id: string;
  company_name: string;
  /** production | sandbox | developer | bigin */
  type?: string | undefined;
  time_zone?: string | undefined;
  country?: string | null | undefined;
  country_code?: string | null | undefined;
  license_details?: { paid_type?: string | undefined } | undefined;
  [key: string]: unknown;
}

/** A file sent as multipart `file`, or a link Zoho stores as `attachmentUrl` (with an optional title). */
export type AttachmentInput =
  { file: { name: string; contentType: string; data: Buffer } } | { url: string; name?: string };

export type UsersType = 'AllUsers' | 'ActiveUsers' | 'AdminUsers' | 'ActiveConfirmedUsers' | 'CurrentUser';

/** One CRM call by path; the answer parsed by the options' schema. */
export type ZohoCall = <S extends z.ZodType = z.ZodUnknown>(
  path: string,
  options?: ZohoRequestOptions<S>,
) => Promise<ZohoResponse<z.output<S>>>;

/**
 * Zoho CRM v2 for one tenant's connection. Paths are relative to `{api_domain}/crm/v2` (e.g.
 * `/Leads/123`). Every method refreshes the access token when needed, retries what is safe to retry,
 * counts credits, and throws only ZohoError subclasses (see zoho-errors.ts) for Zoho-side failures.
 */
export interface ZohoClient {
  readonly tenantId: string;
  readonly connectionId: string;
  /** The org's API domain (from the token response), e.g. https://www.zohoapis.eu. */
  readonly apiDomain: string;

  get: ZohoCall;
  /** Not retried after it may have reached Zoho (writes have no idempotency key at Zoho). */
  post: ZohoCall;
  put: ZohoCall;
  delete: ZohoCall;
  /** Changes some details (a watch channel's expiry); not retried after it may have reached Zoho. */
  patch: ZohoCall;
  /**
   * The Bulk Read API, relative to `{api_domain}/crm/bulk/v2/read`: create a job (POST, `credits` as
   * Zoho charges a job) or read its state (GET, 1 credit).
   */
  bulkRead<S extends z.ZodType = z.ZodUnknown>(
    method: 'GET' | 'POST',
    path: string,
    options?: ZohoRequestOptions<S> & { credits?: number },
  ): Promise<ZohoResponse<z.output<S>>>;
  /** `GET /crm/bulk/v2/read/{id}/result`: the zipped CSV as an unread stream (1 credit). */
  bulkResult(jobId: string): Promise<ReadableStream<Uint8Array>>;

  /** `GET /{module}/{id}`; undefined when Zoho answers 204 (unknown or deleted id). */
  getRecord(module: string, id: string): Promise<ZohoRecord | undefined>;
  /** `GET /{module}/search`; 204 → no records. Phone values are sent as given (Zoho does not normalise). */
  search(
    module: string,
    query: ZohoSearchQuery,
    page?: { page?: number; perPage?: number },
  ): Promise<ZohoPage<ZohoRecord>>;
  /** `GET /{module}/{id}/Notes`: one page of a record's notes (COQL does not read Notes). */
  recordNotes(
    module: string,
    id: string,
    page?: { page?: number; perPage?: number },
  ): Promise<ZohoPage<ZohoRecord>>;
  /** `POST /coql` with `select_query`. */
  coql(selectQuery: string): Promise<ZohoPage<ZohoRecord>>;
  /** Per-record results; never throws for a per-record error (only for a whole-request one). */
  insertRecords(
    module: string,
    records: Record<string, unknown>[],
    options?: { trigger?: string[]; larId?: string },
  ): Promise<ZohoWriteResult>;
  updateRecords(
    module: string,
    records: ({ id: string } & Record<string, unknown>)[],
    options?: { trigger?: string[] },
  ): Promise<ZohoWriteResult>;
  upsertRecords(
    module: string,
    records: Record<string, unknown>[],
    options?: { duplicateCheckFields?: string[]; trigger?: string[]; larId?: string },
  ): Promise<ZohoWriteResult>;
  deleteRecords(module: string, ids: string[]): Promise<ZohoWriteResult>;

  /**
   * `POST /{module}/{id}/Attachments` (multipart). One credit. Not retried once it may have reached Zoho;
   * refusals (413 FILE_SIZE_MORE_THAN_ALLOWED_SIZE, INVALID_DATA, DUPLICATE_DATA …) throw ZohoApiError.
   */
  uploadAttachment(module: string, recordId: string, input: AttachmentInput): Promise<{ id: string }>;

  /** `GET /settings/fields?module=` parsed with the shared zohoFieldSchema. */
  fields(module: string): Promise<ZohoField[]>;
  /** Every page of `GET /users?type=` (default ActiveUsers). */
  users(type?: UsersType): Promise<ZohoUserInfo[]>;
  /** `GET /users?type=CurrentUser`: the Zoho user the connection acts as. */
  currentUser(): Promise<ZohoUserInfo | undefined>;
  /** `GET /org` (Zoho answers an array with one org). */
  org(): Promise<ZohoOrg>;
}
