import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defineEndpoint } from '@cxc/shared/api/contract';
import { apiErrorSchema } from '@cxc/shared/api/errors';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signIn, type SignedInClient } from '../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';
import { errorHandler } from '../errors/error-handler.ts';
import { createLogger } from '../ops/logger.ts';
import { getInput } from './request-context.ts';
import { requestLogger } from './request-logger.ts';
import { validate } from './validate.ts';

let stack: TestStack;
let admin: SignedInClient;
beforeAll(async () => {
  stack = await startTestStack();
  admin = await signIn(stack, 'admin@acme.example');
});
afterAll(async () => {
  await stack.stop();
});

async function envelope(response: Response) {
  return apiErrorSchema.parse(await response.json()).error;
}

describe('validation on real routes', () => {
  it('reports every unknown query key as its own field issue', async () => {
    const response = await admin.fetch('/api/tenants/acme/integrations?foo=1&bar=2');
    expect(response.status).toBe(400);
    const error = await envelope(response);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues).toEqual([
      { path: ['foo'], message: 'Unknown field "foo"', code: 'unrecognized_keys' },
      { path: ['bar'], message: 'Unknown field "bar"', code: 'unrecognized_keys' },
    ]);
  });

  it('points at the path parameter that is out of bounds', async () => {
    const response = await admin.fetch(`/api/tenants/${'x'.repeat(101)}/integrations`);
    expect(response.status).toBe(400);
    const [issue] = (await envelope(response)).issues;
    expect(issue?.path).toEqual(['tenantId']);
    expect(issue?.code).toBe('too_big');
  });

  it('answers malformed JSON with 400, never 500', async () => {
    const response = await stack.fetch('/api/me', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"broken":',
    });
    expect(response.status).toBe(400);
    expect((await envelope(response)).code).toBe('VALIDATION_FAILED');
  });

  it('answers unknown /api paths and methods with the 404 envelope', async () => {
    for (const [method, path] of [
      ['GET', '/api/nope'],
      ['DELETE', '/api/me'],
      ['GET', '/api'],
    ]) {
      const response = await admin.fetch(path ?? '', { method });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect((await envelope(response)).code).toBe('NOT_FOUND');
    }
  });
});

describe('the validate middleware on a contract with params, query and body', () => {
  const endpoint = defineEndpoint({
    method: 'POST',
    path: '/things/:id',
    params: z.object({ id: z.string().regex(/^\d+$/) }),
    query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
    body: z.object({ rows: z.array(z.object({ zohoField: z.string().min(1) })) }),
    response: z.object({ ok: z.boolean() }),
  });
  const bare = defineEndpoint({ method: 'POST', path: '/bare', response: z.object({}) });
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const app = express();
    app.use(requestLogger(createLogger('silent')));
    app.post(endpoint.path, express.json(), validate(endpoint), (req, res) => void res.json(getInput(req)));
    app.post(bare.path, express.json(), validate(bare), (req, res) => void res.json(getInput(req)));
    app.use(errorHandler);
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (path: string, body: unknown) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('passes parsed input through', async () => {
    const response = await post('/things/7?dryRun=true', { rows: [{ zohoField: 'Last_Name' }] });
    expect(await response.json()).toEqual({
      params: { id: '7' },
      query: { dryRun: 'true' },
      body: { rows: [{ zohoField: 'Last_Name' }] },
    });
  });

  it('lists every problem of every part with its exact path', async () => {
    const response = await post('/things/abc?dryRun=maybe&extra=1', {
      rows: [{ zohoField: 'ok' }, { zohoField: '' }],
      more: true,
    });
    expect(response.status).toBe(400);
    const issues = (await envelope(response)).issues.map(({ path, code }) => ({ path, code }));
    expect(issues).toEqual([
      { path: ['id'], code: 'invalid_format' },
      { path: ['dryRun'], code: 'invalid_value' },
      { path: ['extra'], code: 'unrecognized_keys' },
      { path: ['rows', 1, 'zohoField'], code: 'too_small' },
      { path: ['more'], code: 'unrecognized_keys' },
    ]);
  });

  it('refuses body fields and query keys where the contract has no schema for them', async () => {
    const response = await post('/bare?q=1', { x: 1 });
    const issues = (await envelope(response)).issues.map(({ path }) => path);
    expect(issues).toEqual([['q'], ['x']]);
  });

  it('refuses a missing body where the contract needs one', async () => {
    const response = await fetch(`${url}/things/1`, { method: 'POST' });
    expect(response.status).toBe(400);
    expect((await envelope(response)).issues[0]?.path).toEqual([]);
  });
});
