/**
 * What the console costs a first visit, in a real Chromium against the real BFF:
 *   pnpm bench:console [--skip-build] [--dist <dir>]
 * Builds the console, signs in as each role through the dev IdP (one browser profile, as one person would,
 * so an immutable chunk already cached costs nothing the second time) and loads each role's first screen.
 * Needs PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test) and Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium). Progress goes to stderr; the last line is the result:
 *   console initial_wire_kb=<n> initial_gzip_kb=<n> largest_chunk_kb=<n>
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { BrowserType } from '@playwright/test';
import { startTestStack } from '../../apps/bff/test/start-test-stack.ts';
import { recordJsTransfers, type JsTransfer } from './js-transfers.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;
const { values } = parseArgs({
  options: { 'skip-build': { type: 'boolean', default: false }, dist: { type: 'string' } },
});
const dist = resolve(values.dist ?? join(repoRoot, 'apps/web/dist'));
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';

// Playwright is the e2e package's dependency; resolve it from there rather than adding another copy.
const requireFromE2e = createRequire(join(repoRoot, 'e2e/package.json'));
const { chromium } = requireFromE2e('@playwright/test') as { chromium: BrowserType };

const ROLES = [
  { email: 'sysadmin@cx.example', firstScreen: '/hub' },
  { email: 'admin@acme.example', firstScreen: '/integrations' },
  { email: 'alice@acme.example', firstScreen: '/agent' },
] as const;

const kb = (bytes: number) => Math.round(bytes / 100) / 10;

if (!values['skip-build']) {
  execFileSync('pnpm', ['--filter', '@cxc/web', 'build'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
}

const stack = await startTestStack({ env: { WEB_DIST_DIR: dist, LOG_LEVEL: 'warn' } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const transfers: JsTransfer[] = [];
try {
  const context = await browser.newContext({ baseURL: stack.baseUrl });
  const page = await context.newPage();
  const take = await recordJsTransfers(page);
  const step = (name: string) => {
    const got = take();
    transfers.push(...got);
    const wire = got.reduce((sum, t) => sum + t.wireBytes, 0);
    process.stderr.write(`${name}: ${got.length} scripts, ${kb(wire)} kB on the wire\n`);
    for (const t of got.filter((one) => one.wireBytes > 0).sort((a, b) => b.wireBytes - a.wireBytes)) {
      process.stderr.write(`  ${kb(t.wireBytes).toString().padStart(6)} kB ${new URL(t.url).pathname}\n`);
    }
  };
  for (const role of ROLES) {
    // The console sends a signed-out visitor to the IdP's sign-in page.
    await page.goto('/');
    await page.getByLabel(/email/i).waitFor();
    await page.waitForLoadState('networkidle');
    step(`sign-in (${role.email})`);
    await page.getByLabel(/email/i).fill(role.email);
    await page.getByLabel(/password/i).fill('demo1234');
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.waitForURL((url) => url.pathname === role.firstScreen, { timeout: 30_000 });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    step(`first screen ${role.firstScreen}`);
    // Signed out, the HTTP cache kept: the next role is the same browser.
    await context.clearCookies();
  }
  await context.close();
} finally {
  await browser.close();
  await stack.stop();
}

const assets = join(dist, 'assets');
const sent = new Set(transfers.filter((t) => t.wireBytes > 0).map((t) => new URL(t.url).pathname));
let gzipBytes = 0;
for (const path of sent) {
  const source = await readFile(join(assets, path.replace(/^\/assets\//, '')));
  gzipBytes += gzipSync(source, { level: 9 }).length;
}
let largest = 0;
for (const name of (await readdir(assets)).filter((file) => file.endsWith('.js'))) {
  largest = Math.max(largest, (await stat(join(assets, name))).size);
}
const wire = transfers.reduce((sum, t) => sum + t.wireBytes, 0);
const encodings = [...new Set(transfers.filter((t) => t.wireBytes > 0).map((t) => t.encoding))].join(',');
process.stderr.write(`${sent.size} distinct scripts sent (${encodings || 'none'})\n`);
console.log(
  `console initial_wire_kb=${kb(wire)} initial_gzip_kb=${kb(gzipBytes)} largest_chunk_kb=${kb(largest)}`,
);
