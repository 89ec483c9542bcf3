import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import { zohoFieldsResponseSchema } from '@cxc/shared/domain/zoho-fields';
import type { z } from 'zod';
import { coqlCredits } from './credits.ts';
import { toApiError, zohoFetch, type HttpResponse, type HttpSession, type Method } from './zoho-http.ts';
import type {
  QueryValue,
  ZohoClient,
  ZohoPage,
  ZohoRequestOptions,
  ZohoResponse,
  ZohoUserInfo,
  ZohoWriteResult,
} from './zoho-client.ts';
import { ZohoApiError } from './zoho-errors.ts';
import {
  attachmentResponseSchema,
  orgResponseSchema,
  recordListSchema,
  usersResponseSchema,
  writeResponseSchema,
} from './zoho-schemas.ts';

function withQuery(path: string, query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  // URLSearchParams encodes `+` as %2B: Zoho reads a bare `+` as a space (Kaizen #82, FIDELITY.md).
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
}

function parse<S extends z.ZodType>(schema: S, response: HttpResponse, what: string): z.output<S> {
  const parsed = schema.safeParse(response.body);
  if (!parsed.success)
    throw new ZohoApiError(
      response.status,
      'UNEXPECTED_RESPONSE',
      `the answer to ${what} has an unexpected shape`,
    );
  return parsed.data;
}

const toUser = (user: z.output<typeof usersResponseSchema>['users'][number]): ZohoUserInfo => ({
  id: user.id,
  email: user.email,
  full_name: user.full_name,
  status: user.status,
  profile: user.profile,
  role: user.role,
});

/** The ZohoClient over one session (tenant, token, semaphore); see zoho-client.ts for the contract. */
export function createZohoClient(session: HttpSession, connectionId: string): ZohoClient {
  async function call<S extends z.ZodType>(
    method: Method,
    path: string,
    options: ZohoRequestOptions<S> = {},
    idempotent = method === 'GET',
    credits = 1,
    base?: '/crm/bulk/v2',
  ): Promise<ZohoResponse<z.output<S>>> {
    const headers: Record<string, string> = {};
    if (options.ifModifiedSince)
      headers['if-modified-since'] = options.ifModifiedSince.toISOString().replace(/\.\d{3}Z$/, '+00:00');
    const response = await zohoFetch(session, {
      method,
      path: withQuery(path, options.query),
      ...(base ? { base } : options.apiVersion === 'v2.1' ? { base: '/crm/v2.1' as const } : {}),
      body: options.body,
      headers,
      idempotent,
      credits,
    });
    if (response.status >= 400) throw toApiError(response);
    if (response.body === undefined)
      return { status: response.status, data: undefined, notModified: response.status === 304 };
    const data = options.schema ? parse(options.schema, response, path.split('?')[0] ?? path) : response.body;
    return { status: response.status, data: data as z.output<S>, notModified: false };
  }

  async function write(method: Method, path: string, body: unknown): Promise<ZohoWriteResult> {
    const response = await zohoFetch(session, { method, path, body, idempotent: false, credits: 1 });
    const parsed = writeResponseSchema.safeParse(response.body);
    // 400 with data[] means every record failed: per-record results, not a whole-request error.
    if (!parsed.success) {
      if (response.status >= 400) throw toApiError(response);
      throw new ZohoApiError(
        response.status,
        'UNEXPECTED_RESPONSE',
        `the answer to ${method} ${path} has no data[]`,
      );
    }
    return { httpStatus: response.status, results: parsed.data.data };
  }

  const page = (data: z.output<typeof recordListSchema> | undefined): ZohoPage<ZohoRecord> => ({
    records: data?.data ?? [],
    moreRecords: data?.info.more_records ?? false,
  });
  // `trigger` absent: Zoho runs every automation (its default); `lar_id` is honoured on Leads only.
  const triggers = (trigger: string[] | undefined, larId?: string) => ({
    ...(trigger ? { trigger } : {}),
    ...(larId ? { lar_id: larId } : {}),
  });

  return {
    tenantId: session.tenantId,
    connectionId,
    get apiDomain() {
      return session.token.apiDomain;
    },
    get: (path, options) => call('GET', path, options),
    post: (path, options) => call('POST', path, options),
    put: (path, options) => call('PUT', path, options),
    delete: (path, options) => call('DELETE', path, options),
    patch: (path, options) => call('PATCH', path, options),
    bulkRead: (method, path, options) =>
      call(method, `/read${path}`, options, method === 'GET', options?.credits ?? 1, '/crm/bulk/v2'),
    async bulkResult(jobId) {
      const path = `/read/${encodeURIComponent(jobId)}/result`;
      const response = await zohoFetch(session, {
        method: 'GET',
        base: '/crm/bulk/v2',
        path,
        headers: { accept: 'application/zip' },
        stream: true,
        idempotent: true,
        credits: 1,
      });
      if (response.stream) return response.stream;
      throw toApiError(response);
    },

    async getRecord(module, id) {
      const { data } = await call('GET', `/${encodeURIComponent(module)}/${encodeURIComponent(id)}`, {
        schema: recordListSchema,
      });
      return data?.data[0];
    },
    async search(module, query, paging = {}) {
      const { data } = await call('GET', `/${encodeURIComponent(module)}/search`, {
        query: { ...query, page: paging.page, per_page: paging.perPage },
        schema: recordListSchema,
      });
      return page(data);
    },
    async recordNotes(module, id, paging = {}) {
      const path = `/${encodeURIComponent(module)}/${encodeURIComponent(id)}/Notes`;
      const { data } = await call('GET', path, {
        query: { page: paging.page, per_page: paging.perPage },
        schema: recordListSchema,
      });
      return page(data);
    },
    async coql(selectQuery) {
      const { data } = await call(
        'POST',
        '/coql',
        { body: { select_query: selectQuery }, schema: recordListSchema },
        true,
        coqlCredits(selectQuery),
      );
      return page(data);
    },
    insertRecords: (module, records, options = {}) =>
      write('POST', `/${encodeURIComponent(module)}`, {
        data: records,
        ...triggers(options.trigger, options.larId),
      }),
    updateRecords: (module, records, options = {}) =>
      write('PUT', `/${encodeURIComponent(module)}`, { data: records, ...triggers(options.trigger) }),
    upsertRecords: (module, records, options = {}) =>
      write('POST', `/${encodeURIComponent(module)}/upsert`, {
        data: records,
        ...(options.duplicateCheckFields ? { duplicate_check_fields: options.duplicateCheckFields } : {}),
        ...triggers(options.trigger, options.larId),
      }),
    deleteRecords: (module, ids) =>
      write('DELETE', withQuery(`/${encodeURIComponent(module)}`, { ids: ids.join(',') }), undefined),

    async uploadAttachment(module, recordId, input) {
      const form = new FormData();
      if ('file' in input) {
        const { name, contentType, data } = input.file;
        form.append('file', new Blob([new Uint8Array(data)], { type: contentType }), name);
      } else {
        form.append('attachmentUrl', input.url);
        if (input.name) form.append('title', input.name);
      }
      const path = `/${encodeURIComponent(module)}/${encodeURIComponent(recordId)}/Attachments`;
      const response = await zohoFetch(session, {
        method: 'POST',
        path,
        form,
        idempotent: false,
        credits: 1,
      });
      if (response.status >= 400) throw toApiError(response);
      return { id: parse(attachmentResponseSchema, response, path).data[0].details.id };
    },

    async fields(module) {
      const { data } = await call('GET', '/settings/fields', {
        query: { module },
        schema: zohoFieldsResponseSchema,
      });
      return data?.fields ?? [];
    },
    async users(type = 'ActiveUsers') {
      const users: ZohoUserInfo[] = [];
      for (let pageNumber = 1; pageNumber <= 50; pageNumber += 1) {
        const { data } = await call('GET', '/users', {
          query: { type, page: pageNumber, per_page: 200 },
          schema: usersResponseSchema,
        });
        users.push(...(data?.users ?? []).map(toUser));
        if (!data?.info.more_records) break;
      }
      return users;
    },
    async currentUser() {
      const { data } = await call('GET', '/users', {
        query: { type: 'CurrentUser' },
        schema: usersResponseSchema,
      });
      const user = data?.users[0];
      return user ? toUser(user) : undefined;
    },
    async org() {
      const { data } = await call('GET', '/org', { schema: orgResponseSchema });
      const org = data?.org[0];
      if (!org) throw new ZohoApiError(204, 'UNEXPECTED_RESPONSE', 'Zoho returned no organization');
      return org;
    },
  };
}
