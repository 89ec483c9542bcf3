import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiErrorSchema } from '@cxc/shared/api/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedInClient } from '../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';
import { createApp } from '../app.ts';
import { createPool } from '../db/pool.ts';

const metricsToken = randomBytes(24).toString('base64url');
let stack: TestStack;
let agent: SignedInClient;
beforeAll(async () => {
  // The broken-database test needs /api/me to read its session row, not this process's few-second copy.
  stack = await startTestStack({ env: { METRICS_TOKEN: metricsToken, SESSION_CACHE_SECONDS: '0' } });
  stack.recorder.addSecret({ label: 'metrics token', value: metricsToken });
  agent = await signIn(stack, 'bob@acme.example');
});
afterAll(async () => {
  await stack.stop();
});

describe('health and readiness', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await stack.fetch('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await stack.fetch('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok' } });
  });

  it('answers 503 on /readyz when the database is unreachable', async () => {
    // Port 1 on loopback refuses connections at once: a database that is down.
    const pool = createPool('postgres://postgres@127.0.0.1:1/none', 1, stack.deps.logger);
    const server = createServer(createApp({ ...stack.deps, pool }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'not_ready', checks: { database: 'failing' } });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    }
  });
});

describe('metrics', () => {
  it('exposes request durations by route pattern, method and status, and process metrics', async () => {
    await agent.fetch('/api/me');
    await agent.fetch('/api/tenants/acme/integrations');
    const metrics = await stack.fetch('/metrics', { headers: { authorization: `Bearer ${metricsToken}` } });
    const text = await metrics.text();
    expect(text).toMatch(
      /http_request_duration_seconds_count\{route="\/api\/me",method="GET",status_code="200"\} \d+/,
    );
    expect(text).toContain('route="/api/tenants/:tenantId/integrations",method="GET",status_code="403"');
    expect(text).toContain('process_cpu_user_seconds_total');
  });
});

describe('request ids and logs', () => {
  it('creates a request id, or honours a well-formed incoming one', async () => {
    const created = await stack.fetch('/healthz');
    expect(created.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const honoured = await stack.fetch('/healthz', { headers: { 'x-request-id': 'proxy-id-123' } });
    expect(honoured.headers.get('x-request-id')).toBe('proxy-id-123');
    const replaced = await stack.fetch('/healthz', { headers: { 'x-request-id': 'bad id <script>' } });
    expect(replaced.headers.get('x-request-id')).not.toBe('bad id <script>');
  });

  it('puts the request id on every request log line, as JSON', async () => {
    await stack.fetch('/api/me', { headers: { 'x-request-id': 'trace-me-42' } });
    const lines = stack.recorder.logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const mine = lines.filter((line) => line.requestId === 'trace-me-42');
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(lines.filter((line) => 'req' in line).every((line) => typeof line.requestId === 'string')).toBe(
      true,
    );
  });

  it('never logs request headers, so cookies and tokens cannot reach the log', async () => {
    await agent.fetch('/api/me', { headers: { authorization: 'Bearer never-log-this-value' } });
    const joined = stack.recorder.logLines.join('\n');
    expect(joined).not.toContain('never-log-this-value');
    expect(joined).not.toContain(agent.sessionId);
  });
});

describe('security headers', () => {
  it('sends a strict CSP and the usual helmet headers', async () => {
    const response = await stack.fetch('/');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(`form-action 'self' ${stack.idpUrl}`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // no-referrer would make browsers send `Origin: null` on the sign-out form post.
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('unexpected errors', () => {
  it('answers 500 with a correlation id and nothing internal', async () => {
    await stack.pool.query('alter table tenants rename to tenants_away');
    try {
      const response = await agent.fetch('/api/me', { headers: { 'x-request-id': 'broken-1' } });
      expect(response.status).toBe(500);
      const text = await response.text();
      const { error } = apiErrorSchema.parse(JSON.parse(text));
      expect(error).toMatchObject({ code: 'INTERNAL', correlationId: 'broken-1', issues: [] });
      expect(text).not.toMatch(/tenants|relation "|select |\.ts:/i);
      const logged = stack.recorder.logLines.find(
        (line) => line.includes('"requestId":"broken-1"') && line.includes('unhandled error'),
      );
      expect(logged).toContain('tenants');
    } finally {
      await stack.pool.query('alter table tenants_away rename to tenants');
    }
  });
});
