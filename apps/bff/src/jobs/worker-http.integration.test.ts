import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/create-test-database.ts';
import { generateKeyRingSpec } from '../crypto/secret-box.ts';

const WORKER = fileURLToPath(new URL('./worker-main.ts', import.meta.url));
const TOKEN = 'worker-metrics-token-0123456789';
let database: TestDatabase;
let worker: ChildProcess;
let exited: Promise<number | null>;
let base: string;

/** The engine worker as deployed: its own process, its own small HTTP port (0 here: any free one). */
beforeAll(async () => {
  database = await createTestDatabase();
  worker = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: database.url,
      ENCRYPTION_KEYS: generateKeyRingSpec('k1'),
      WORKER_PORT: '0',
      METRICS_TOKEN: TOKEN,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  exited = new Promise((resolve) => worker.on('exit', resolve));
  let output = '';
  worker.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (;;) {
    const port = /engine worker ready on port (\d+)/.exec(output)?.[1];
    if (port) {
      base = `http://127.0.0.1:${port}`;
      return;
    }
    if (worker.exitCode !== null) throw new Error(`worker exited with ${worker.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}, 60_000);
afterAll(async () => {
  if (worker.exitCode === null) worker.kill('SIGKILL');
  await database?.drop();
});

it('answers liveness and readiness', async () => {
  const health = await fetch(`${base}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  const ready = await fetch(`${base}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toMatchObject({ status: 'ready', checks: { database: 'ok' } });
});

it('guards /metrics like the BFF: no token or a wrong one is a bare 401', async () => {
  for (const authorization of [undefined, 'Bearer wrong-token-wrong-token', `Basic ${TOKEN}`]) {
    const response = await fetch(`${base}/metrics`, authorization ? { headers: { authorization } } : {});
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('');
  }
});

it('serves the backlog and engine series with the token', async () => {
  const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(text).toContain('cxc_events{status="queued"} 0');
  expect(text).toContain('cxc_events_oldest_age_seconds{status="queued"} 0');
  expect(text).toContain('# TYPE cxc_zoho_calls_total counter');
  expect(text).toContain('# TYPE cxc_event_to_record_seconds histogram');
  expect(text).toContain('# TYPE cxc_zoho_breaker_state gauge');
});

it('offers nothing else: the API and the console are 404 with the error envelope', async () => {
  for (const path of ['/api/me', '/', '/auth/login', '/metrics/../api/me']) {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(404);
  }
  const post = await fetch(`${base}/healthz`, { method: 'POST', body: '{}' });
  expect(post.status).toBe(404);
});

it('stops cleanly on SIGTERM', async () => {
  worker.kill('SIGTERM');
  expect(await exited).toBe(0);
});
