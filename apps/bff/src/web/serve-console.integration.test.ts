import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';

let stack: TestStack;
let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'cxc-dist-'));
  stack = await startTestStack({ env: { WEB_DIST_DIR: dist } });
});
afterAll(async () => {
  await stack.stop();
  await rm(dist, { recursive: true, force: true });
});

it('explains that the console is not built yet', async () => {
  const response = await stack.fetch('/');
  expect(response.status).toBe(503);
  const page = await response.text();
  expect(page).toContain('Console not built');
  expect(page).toContain('pnpm --filter @cxc/web build');
});

it('serves the built console with SPA fallback, leaving /api and /auth alone', async () => {
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>console</title>');
  await writeFile(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  for (const path of ['/', '/tenants/acme/integrations', '/deep/link?x=1']) {
    const response = await stack.fetch(path);
    expect(response.status, path).toBe(200);
    expect(await response.text()).toContain('<title>console</title>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  }
  const asset = await stack.fetch('/assets/app-1234.js');
  expect(asset.headers.get('content-type')).toMatch(/javascript/);
  expect(asset.headers.get('cache-control')).toContain('immutable');
  expect((await stack.fetch('/api/unknown')).status).toBe(404);
  expect((await stack.fetch('/auth/unknown')).status).toBe(404);
  expect((await stack.fetch('/', { method: 'POST' })).status).toBe(404);
});
