import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/create-test-database.ts';
import { freePort } from '../test/free-port.ts';

const bffDir = fileURLToPath(new URL('..', import.meta.url));

/** main.ts as its own process (node + the tsx loader, no wrapper, so signals reach it directly). */
function startMain(
  env: Record<string, string>,
  args: string[] = [],
): {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exit: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: bffDir,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

let dataDir: string;
let database: TestDatabase;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cxc-main-'));
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

it('refuses to start with bad configuration and lists every problem', async () => {
  const main = startMain({
    PORT: 'eighty',
    LOG_LEVEL: 'loud',
    OIDC_ISSUER: 'https://idp.example.com',
    DATA_DIR: dataDir,
    CXC_EMBEDDED: 'true',
  });
  expect(await main.exit).toBe(1);
  const output = main.output();
  expect(output).toContain('Invalid configuration:');
  for (const name of ['PORT', 'LOG_LEVEL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'])
    expect(output).toContain(`  - ${name}:`);
  expect(output).not.toMatch(/\bat .*\.ts:\d+/);
});

it('refuses to start without production settings unless the embedded setup is chosen', async () => {
  const main = startMain({ DATA_DIR: dataDir, DATABASE_URL: database.url });
  expect(await main.exit).toBe(1);
  expect(main.output()).toContain(
    '  - environment: The BFF needs OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, ENCRYPTION_KEYS, which are not set.',
  );
  expect(main.output()).toContain('CXC_EMBEDDED=true');
});

it('refuses to start an engine worker given only DATABASE_URL, naming ENCRYPTION_KEYS', async () => {
  const worker = spawn(process.execPath, ['--import', 'tsx', 'src/jobs/worker-main.ts'], {
    cwd: bffDir,
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: database.url },
  });
  let output = '';
  worker.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  expect(await new Promise((resolve) => worker.on('exit', resolve))).toBe(1);
  expect(output).toContain('The engine worker needs ENCRYPTION_KEYS, which is not set.');
});

it('starts (external database, dev IdP, simulator) with --embedded, then shuts down in order with exit code 0 on SIGTERM', async () => {
  const [port, idpPort, simPort] = [await freePort(), await freePort(), await freePort()];
  const main = startMain(
    {
      PORT: String(port),
      DEV_OIDC_PORT: String(idpPort),
      ZOHO_SIM_PORT: String(simPort),
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      WEB_DIST_DIR: join(dataDir, 'no-console'),
    },
    ['--embedded'],
  );
  try {
    await expect
      .poll(() => main.output(), { timeout: 20_000, interval: 100 })
      .toContain('Press Ctrl-C to stop.');
    expect(main.output()).toContain(`Console         http://127.0.0.1:${port}`);
    expect(main.output()).toContain('admin@acme.example    Ada Admin');
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${idpPort}/.well-known/openid-configuration`)).status).toBe(200);
  } finally {
    main.child.kill('SIGTERM');
  }
  expect(await main.exit).toBe(0);
  const order = [
    'http server stopped',
    'database pool stopped',
    'dev IdP stopped',
    'Zoho simulator stopped',
    '"msg":"stopped"',
  ];
  const positions = order.map((line) => main.output().indexOf(line));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}, 40_000);
