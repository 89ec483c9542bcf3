import { CUSTOMER_WEBHOOK_HEADERS } from '@cxc/shared/api/customer-webhook';
import { apiErrorSchema } from '@cxc/shared/api/errors';
import type { Router } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';
import { createMetrics } from '../ops/metrics.ts';
import { opsRoutes } from '../ops/ops-routes.ts';
import { exportActivityCsvRouter } from '../routes/activity/export-activity-csv.ts';
import { authRouter } from '../routes/auth/auth-router.ts';
import { eventIntakeRouter } from '../routes/events/post-event.ts';
import { platformCustomersRouter } from '../routes/customer-data/platform-customers-router.ts';
import { routes } from '../routes/index.ts';
import { sampleFilesRouter } from '../routes/samples/sample-files.ts';
import { zohoOauthRouter } from '../routes/zoho-connection/oauth-callback-router.ts';
import { toOpenApiPath } from './json-schema.ts';
import { openApiRouter } from './openapi-router.ts';

type Responses = Record<
  string,
  { headers?: Record<string, unknown>; content?: Record<string, { schema: unknown }> }
>;
type Operation = {
  responses: Responses;
  security?: Record<string, unknown>[];
  parameters?: { name: string; in: string }[];
};
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { name?: string }>; schemas: Record<string, unknown> };
  webhooks: Record<string, Record<string, Operation & { requestBody: unknown }>>;
};

let stack: TestStack;
let doc: Document;
beforeAll(async () => {
  stack = await startTestStack();
  const response = await stack.fetch('/api/openapi.json');
  expect(response.status).toBe(200);
  doc = (await response.json()) as Document;
});
afterAll(async () => {
  await stack.stop();
});

/** [METHOD, path] of every route a router mounts (Express 5 keeps them on `stack`). */
function routesOf(router: Router, prefix = ''): [string, string][] {
  const layers = (
    router as unknown as { stack: { route?: { path: string; methods: Record<string, boolean> } }[] }
  ).stack;
  return layers.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods).map((method): [string, string] => [
          method,
          `${prefix}${layer.route?.path}`,
        ])
      : [],
  );
}

function mountedRoutes(): [string, string][] {
  const { deps } = stack;
  return [
    ...routes.map((route): [string, string] => [route.endpoint.method.toLowerCase(), route.endpoint.path]),
    ...routesOf(eventIntakeRouter(deps)),
    ...routesOf(platformCustomersRouter(deps)),
    ...routesOf(exportActivityCsvRouter(deps)),
    ...routesOf(zohoOauthRouter(deps)),
    ...routesOf(authRouter(deps), '/auth'),
    ...routesOf(opsRoutes(deps.pool, createMetrics(), deps.config.metrics)),
    ...routesOf(sampleFilesRouter()),
    ...routesOf(openApiRouter(deps)),
  ];
}

describe('the OpenAPI document', () => {
  it('describes every route of the registry and of the routers outside it, and nothing else', () => {
    const mounted = mountedRoutes();
    expect(mounted.length).toBeGreaterThan(routes.length + 10);
    const missing = mounted.filter(([method, path]) => !doc.paths[toOpenApiPath(path)]?.[method]);
    expect(missing).toEqual([]);
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    const known = new Set(mounted.map(([method, path]) => `${method} ${toOpenApiPath(path)}`));
    expect(documented.filter((entry) => !known.has(entry))).toEqual([]);
  });

  it('is OpenAPI 3.1 with the session cookie, CSRF header, event signature and the error envelope', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.sessionCookie?.name).toBe(stack.cookieNames.session);
    expect(doc.components.securitySchemes.csrfHeader?.name).toBe('x-csrf-token');
    expect(doc.components.securitySchemes.eventSignature?.name).toBe('x-cxc-signature');
    expect(doc.components.schemas.ApiError).toMatchObject({ type: 'object', required: ['error'] });
  });

  it('answers, on every registry route, the checks api-router runs, 503 with Retry-After and the contract', () => {
    for (const route of routes) {
      const { method, path } = route.endpoint;
      const operation = doc.paths[toOpenApiPath(path)]?.[method.toLowerCase()];
      if (!operation) throw new Error(`${method} ${path} missing`);
      const statuses = Object.keys(operation.responses);
      expect(statuses, `${method} ${path}`).toEqual(
        expect.arrayContaining(['200', '401', '403', '500', '503']),
      );
      if (route.endpoint.params ?? route.endpoint.query ?? route.endpoint.body)
        expect(statuses).toContain('400');
      if (path.includes(':')) expect(statuses).toContain('404');
      expect(operation.responses['503']?.headers).toHaveProperty('Retry-After');
      expect(operation.security).toEqual([
        method === 'GET' ? { sessionCookie: [] } : { sessionCookie: [], csrfHeader: [] },
      ]);
      const pathNames = [...path.matchAll(/:(\w+)/g)].map((match) => match[1]);
      const declared = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      expect(declared.sort(), `${method} ${path}`).toEqual(pathNames.sort());
    }
  });

  it('documents the event intake: signature, 429 and 503 with Retry-After', () => {
    const intake = doc.paths['/api/events']?.post;
    expect(intake?.security).toEqual([{ eventSignature: [] }]);
    expect(intake?.responses['429']?.headers).toHaveProperty('Retry-After');
    expect(intake?.responses['503']?.headers).toHaveProperty('Retry-After');
    expect(Object.keys(intake?.responses ?? {})).toEqual(
      expect.arrayContaining(['202', '400', '401', '413', '429', '500', '503']),
    );
  });
});

describe('the platform customer list', () => {
  it('is documented with its API key, cursor paging, tombstones, 429 and 503 with Retry-After', () => {
    const list = doc.paths['/api/platform/v1/customers']?.get;
    expect(list?.security).toEqual([{ customerApiKey: [] }]);
    expect(doc.components.securitySchemes.customerApiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(list?.parameters?.map((p) => p.name)).toEqual(['cursor', 'limit']);
    expect(list?.responses['429']?.headers).toHaveProperty('Retry-After');
    expect(Object.keys(list?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '401', '429', '500', '503']),
    );
    const page = JSON.stringify(list?.responses['200']?.content?.['application/json']?.schema);
    for (const field of ['nextCursor', 'hasMore', 'deleted', 'companyMissing', 'url'])
      expect(page).toContain(field);
  });

  it('documents the signed "customers changed" webhook in the 3.1 webhooks section, without customer data', () => {
    const hook = doc.webhooks.customersChanged?.post;
    expect(hook?.parameters?.map((p) => p.name)).toEqual([
      'x-cxc-timestamp',
      'x-cxc-signature',
      'x-cxc-delivery',
    ]);
    const body = JSON.stringify(hook?.requestBody);
    for (const field of ['customers.changed', 'customers.test', 'cursor', 'changed', 'deleted'])
      expect(body).toContain(field);
    for (const field of ['emails', 'phones', 'name']) expect(body).not.toContain(`"${field}"`);
  });
});

describe('the API reference page', () => {
  it('is rendered by the BFF from the document, under the strict CSP, with nothing from elsewhere', async () => {
    const response = await stack.fetch('/api/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).not.toMatch(/<script|\sstyle=|<style/i);
    // Every URL the page loads or links is ours (relative or an in-page anchor).
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]*)"/g)) expect(url).toMatch(/^(\/|#)/);
    for (const path of Object.keys(doc.paths))
      expect(html).toContain(`<code>${path.replace(/&/g, '&amp;')}</code>`);
    const css = await stack.fetch('/api/docs.css');
    expect(css.headers.get('content-type')).toContain('text/css');
  });

  it('shows the webhooks the connector sends (OpenAPI 3.1 `webhooks`), with their signature headers', async () => {
    const html = await (await stack.fetch('/api/docs')).text();
    expect(html).toContain('<a href="#webhooks">Webhooks</a>');
    const section = html.slice(
      html.indexOf('<section id="webhooks">'),
      html.indexOf('<section id="schemas">'),
    );
    expect(section).toContain('<code>customersChanged</code>');
    expect(section).toContain('id="customersChanged"');
    for (const name of Object.values(CUSTOMER_WEBHOOK_HEADERS))
      expect(section).toContain(`<code>${name}</code>`);
    expect(section).toContain('customers.changed');
  });

  it('escapes what it renders and answers an unknown docs path with the JSON 404', async () => {
    const html = await (await stack.fetch('/api/docs')).text();
    expect(html).not.toContain('<img');
    const unknown = await stack.fetch('/api/docs/%3Cscript%3E');
    expect(unknown.status).toBe(404);
    expect(apiErrorSchema.parse(await unknown.json()).error.code).toBe('NOT_FOUND');
  });
});
