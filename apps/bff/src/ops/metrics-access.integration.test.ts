import { randomBytes } from 'node:crypto';
import { apiErrorSchema } from '@cxc/shared/api/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp } from '../../test/serve-app.ts';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';
import type { MetricsAccess } from '../config/parse-config.ts';
import { parseConfig } from '../config/parse-config.ts';

const token = randomBytes(24).toString('base64url');
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { METRICS_TOKEN: token } });
  stack.recorder.addSecret({ label: 'metrics token', value: token });
});
afterAll(async () => {
  await stack.stop();
});

/** GET /metrics from an app whose only difference is the metrics access rule. */
async function metricsWith(access: MetricsAccess, init: RequestInit = {}): Promise<Response> {
  const app = await serveApp({ ...stack.deps, config: { ...stack.config, metrics: access } });
  try {
    const response = await fetch(`${app.baseUrl}/metrics`, init);
    await stack.recorder.recordBody(`${app.baseUrl}/metrics`, response);
    return response;
  } finally {
    await app.close();
  }
}

describe('/metrics with METRICS_TOKEN', () => {
  it('answers the right bearer token', async () => {
    const response = await stack.fetch('/metrics', { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('process_cpu_user_seconds_total');
  });

  it('refuses a missing, wrong, truncated or differently schemed token with a bare 401', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: `Bearer ${token}x` },
      { authorization: `Bearer ${token.slice(0, -1)}` },
      { authorization: `Basic ${token}` },
      { authorization: token },
      { authorization: 'Bearer ' },
    ];
    for (const headers of attempts) {
      const response = await stack.fetch('/metrics', { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(await response.text()).toBe('');
    }
  });
});

describe('/metrics without a token', () => {
  it('is hidden (404, the usual envelope) in production unless METRICS_PUBLIC=true', async () => {
    const production = parseConfig({
      DATABASE_URL: 'postgres://db.example/cx',
      OIDC_ISSUER: 'https://id.example',
      OIDC_CLIENT_ID: 'cx',
      OIDC_CLIENT_SECRET: 'secret',
      ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
    });
    expect(production.metrics).toEqual({ mode: 'hidden' });
    const hidden = await metricsWith(production.metrics, { headers: { authorization: `Bearer ${token}` } });
    expect(hidden.status).toBe(404);
    expect(apiErrorSchema.parse(await hidden.json()).error.code).toBe('NOT_FOUND');

    const open = parseConfig({
      CXC_EMBEDDED: 'true',
      DATABASE_URL: 'postgres://db.example/cx',
      METRICS_PUBLIC: 'true',
    });
    expect(open.metrics).toEqual({ mode: 'public' });
    const response = await metricsWith(open.metrics);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('http_request_duration_seconds');
  });

  it('stays open to loopback clients in the embedded default', async () => {
    expect(parseConfig({ CXC_EMBEDDED: 'true' }).metrics).toEqual({ mode: 'loopback' });
    const response = await metricsWith({ mode: 'loopback' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('process_cpu_user_seconds_total');
  });
});
