import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { builtMain } from '../test/built-entry.ts';
import { createTestDatabase, type TestDatabase } from '../test/create-test-database.ts';
import { freePort } from '../test/free-port.ts';
import { startProcess } from '../test/start-process.ts';

/** The built main.js (what `pnpm start` and production run) as its own process. */
const startMain = (env: Record<string, string>, args: string[] = [], group = false) =>
  startProcess(builtMain, env, { args, group });

/** The pino lines printed after `marker` (the banner's last line), parsed. */
function linesAfter(output: string, marker: string): string[] {
  return (
    output
      .slice(output.indexOf(marker) + marker.length)
      .split('\n')
      .filter((line) => line.trim() !== '')
      // Our own requests' access lines are not part of the stop.
      .filter((line) => !line.includes('"msg":"request completed"'))
  );
}

let dataDir: string;
let database: TestDatabase;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cxc-main-'));
  // As root, embedded PostgreSQL runs as `postgres`, which must be able to enter the data folder.
  await chmod(dataDir, 0o711);
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
  expect(output).not.toMatch(/\bat .*\.(ts|js):\d+/);
});

it('refuses to start without production settings unless the embedded setup is chosen', async () => {
  const main = startMain({ DATA_DIR: dataDir, DATABASE_URL: database.url });
  expect(await main.exit).toBe(1);
  expect(main.output()).toContain(
    '  - environment: The BFF needs OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, ENCRYPTION_KEYS, which are not set.',
  );
  expect(main.output()).toContain('CXC_EMBEDDED=true');
});

it('runs the embedded default (embedded PostgreSQL, dev IdP, simulator) and stops on a terminal Ctrl-C with one line', async () => {
  const [port, idpPort, simPort, pgPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  // Its own process group, signalled as a whole: the terminal's Ctrl-C also reaches every child it spawned.
  const main = startMain(
    {
      PORT: String(port),
      DEV_OIDC_PORT: String(idpPort),
      ZOHO_SIM_PORT: String(simPort),
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: dataDir,
      WEB_DIST_DIR: join(dataDir, 'no-console'),
    },
    ['--embedded'],
    true,
  );
  const marker = 'Press Ctrl-C to stop.';
  try {
    await expect.poll(() => main.output(), { timeout: 90_000, interval: 100 }).toContain(marker);
    expect(main.output()).toContain(`Console         http://127.0.0.1:${port}`);
    expect(main.output()).toContain('admin@acme.example    Ada Admin');
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${idpPort}/.well-known/openid-configuration`)).status).toBe(200);
  } finally {
    main.signalGroup('SIGINT');
  }
  expect(await main.exit).toBe(0);
  // No "idle database connection failed", no pg-boss errors: PostgreSQL stops last, after our pool closed.
  const after = linesAfter(main.output(), marker);
  expect(after).toEqual([expect.stringContaining('"msg":"stopped"')]);
  const line = JSON.parse(after[0] ?? '') as { msg: string; signal: string; stopped: string[] };
  expect(line).toMatchObject({ msg: 'stopped', signal: 'SIGINT' });
  expect(line.stopped).toEqual([
    'http server',
    'automation engine',
    'database pool',
    'dev IdP',
    'Zoho simulator',
    'embedded PostgreSQL',
  ]);
}, 150_000);
