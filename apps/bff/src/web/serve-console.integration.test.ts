import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';

let stack: TestStack;
let outside: string;
let dist: string;
beforeAll(async () => {
  // dist inside a folder of its own, so a file beside it stands for everything the BFF must never serve.
  outside = await mkdtemp(join(tmpdir(), 'cxc-dist-'));
  dist = join(outside, 'dist');
  await mkdir(dist);
  stack = await startTestStack({ env: { WEB_DIST_DIR: dist } });
});
afterAll(async () => {
  await stack.stop();
  await rm(outside, { recursive: true, force: true });
});

/** A raw request: fetch would normalise `..` away and decode the body itself. */
function rawGet(path: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(stack.baseUrl);
    const options = { hostname, port, path, headers: { 'accept-encoding': 'identity' } };
    const req = request(options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

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

describe('precompressed assets', () => {
  // Each variant says which one it is, so the test sees which file went out (fetch decodes the body).
  beforeAll(async () => {
    const assets = join(dist, 'assets');
    await mkdir(assets, { recursive: true });
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>console</title>');
    await writeFile(join(outside, 'secret.txt'), 'outside dist');
    await writeFile(join(assets, 'index-abc.js'), 'plain');
    await writeFile(join(assets, 'index-abc.js.br'), brotliCompressSync('brotli'));
    await writeFile(join(assets, 'index-abc.js.gz'), gzipSync('gzip'));
    await writeFile(join(assets, 'index-abc.css'), 'plain-css');
    await writeFile(join(assets, 'index-abc.css.gz'), gzipSync('gzip-css'));
    await writeFile(join(assets, 'logo-abc.png'), 'png');
  });

  const get = (path: string, acceptEncoding: string) =>
    stack.fetch(path, { headers: { 'accept-encoding': acceptEncoding } });

  it.each([
    ['br, gzip, deflate', 'br', 'brotli'],
    ['gzip, deflate, br, zstd', 'br', 'brotli'],
    ['gzip', 'gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip', 'gzip'],
    ['*', 'br', 'brotli'],
    ['identity', null, 'plain'],
    ['deflate', null, 'plain'],
    ['*;q=0, identity', null, 'plain'],
    ['br;q=abc, gzip;q=2', null, 'plain'],
    [',,;;q=,', null, 'plain'],
    ['br;q=0, gzip;q=0', null, 'plain'],
  ])('Accept-Encoding %j gets %s', async (acceptEncoding, encoding, body) => {
    const response = await get('/assets/index-abc.js', acceptEncoding);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe(encoding);
    expect(await response.text()).toBe(body);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves plain without an Accept-Encoding header', async () => {
    const response = await rawGet('/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe('plain');
  });

  it('falls back to the next encoding, then to the file itself, where a twin is missing', async () => {
    const css = await get('/assets/index-abc.css', 'br, gzip');
    expect(css.headers.get('content-encoding')).toBe('gzip');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toBe('gzip-css');
    const png = await get('/assets/logo-abc.png', 'br, gzip');
    expect(png.headers.get('content-encoding')).toBeNull();
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(await png.text()).toBe('png');
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await stack.fetch('/assets/index-abc.js', {
      method: 'HEAD',
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(await response.text()).toBe('');
  });

  it('keeps index.html and unhashed files revalidating', async () => {
    const index = await get('/index.html', 'br, gzip');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-encoding')).toBeNull();
  });

  it.each([
    '/assets/missing-abc.js',
    '/assets/',
    '/assets',
    '/assets/index-abc.js.br',
    '/assets/index-abc.js.gz',
    '/assets/sub/index-abc.js',
    '/assets/.hidden',
  ])('404s %s instead of answering with index.html', async (path) => {
    const response = await get(path, 'br, gzip');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).not.toMatch(/html/);
  });

  it.each([
    '/assets/../../secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/assets/%00index-abc.js',
    '/assets/index-abc.js%00.png',
  ])('never serves a file outside assets/: %s', async (path) => {
    const response = await rawGet(path);
    expect(response.body.toString()).not.toContain('outside dist');
    expect(response.status).toBe(404);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt'])(
    'never serves a file outside the console: %s',
    async (path) => {
      const response = await rawGet(path);
      expect(response.body.toString()).not.toContain('outside dist');
      // Refused by the static server, or (a path it cannot map to a file) the SPA's index.html.
      expect([200, 403, 404]).toContain(response.status);
    },
  );

  it('leaves other methods on assets to the 404 handler', async () => {
    expect((await stack.fetch('/assets/index-abc.js', { method: 'POST' })).status).toBe(404);
  });
});
