import { ZohoError } from '../http/errors.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import type { OrgCrm } from '../store/org-crm.ts';
import type { BulkQuery } from './bulk-job.ts';
import type { CriteriaInput } from './bulk-criteria.ts';

/** Zoho lets a query ask for page 1 … 500 (200,000 records each). */
export const MAX_PAGE = 500;
/** Modules Zoho's Bulk Read lists; Notes and attachments are not among them. */
const UNSUPPORTED = new Set(['Notes']);

export interface CreateRequest {
  module: ModuleDef;
  query: BulkQuery;
  callback?: { url: string; method: 'post' };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseCallback(raw: unknown): CreateRequest['callback'] {
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) throw new ZohoError('INVALID_CALLBACK_URL', { api_name: 'callback' });
  const url = typeof raw.url === 'string' ? raw.url : '';
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || url.length > 2_000)
    throw new ZohoError('INVALID_CALLBACK_URL', { api_name: 'url' });
  if (typeof raw.method !== 'string' || raw.method.toLowerCase() !== 'post')
    throw new ZohoError('INVALID_CALLBACK_METHOD', { api_name: 'method' });
  return { url, method: 'post' };
}

function parseModule(org: OrgCrm, raw: unknown): ModuleDef {
  // v2 takes the API name as a string; later versions send `{api_name}`, accepted for convenience.
  const name =
    typeof raw === 'string' ? raw : isObject(raw) && typeof raw.api_name === 'string' ? raw.api_name : '';
  if (!name) throw new ZohoError('MANDATORY_NOT_FOUND', { api_name: 'module' }, 'required field not found');
  const module = org.module(name);
  if (!module)
    throw new ZohoError(
      'MODULE_NOT_AVAILABLE',
      { api_name: 'module' },
      `Requested module '${name}' is not available.`,
    );
  if (UNSUPPORTED.has(module.apiName))
    throw new ZohoError(
      'MODULE_NOT_SUPPORTED',
      { api_name: 'module' },
      `Invalid module for the query. Module '${module.apiName}' is not supported.`,
    );
  return module;
}

function parsePage(raw: unknown): number {
  if (raw === undefined || raw === null) return 1;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > MAX_PAGE)
    throw new ZohoError('PAGE_RANGE_EXCEEDED', { api_name: 'page', minimum: 1, maximum: MAX_PAGE });
  return raw;
}

function parseFields(raw: unknown): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw) || raw.some((f) => typeof f !== 'string'))
    throw new ZohoError('INVALID_DATA', { api_name: 'fields' }, 'invalid data');
  return raw as string[];
}

/** The create call's JSON body, validated the way Zoho answers it (columns and criteria come later). */
export function parseCreateRequest(org: OrgCrm, body: unknown): CreateRequest {
  if (!isObject(body)) throw new ZohoError('REQUEST_BODY_NOT_READABLE');
  const fileType = body.file_type;
  if (fileType !== undefined && fileType !== 'csv') {
    // ICS is for Events only, which the simulator does not have.
    throw new ZohoError('INVALID_DATA', { api_name: 'file_type' }, 'invalid data');
  }
  if (!isObject(body.query))
    throw new ZohoError('MANDATORY_NOT_FOUND', { api_name: 'query' }, 'required field not found');
  const q = body.query;
  const module = parseModule(org, q.module);
  const fields = parseFields(q.fields);
  const callback = parseCallback(body.callback);
  const query: BulkQuery = {
    module: module.apiName,
    ...(fields ? { fields } : {}),
    ...(q.criteria === undefined || q.criteria === null ? {} : { criteria: q.criteria as CriteriaInput }),
    ...(typeof q.cvid === 'string' ? { cvid: q.cvid } : {}),
    page: parsePage(q.page),
  };
  return { module, query, ...(callback ? { callback } : {}) };
}
