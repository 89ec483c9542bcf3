import { afterAll, beforeAll, expect, it } from 'vitest';
import { builtMain, builtWorker } from '../test/built-entry.ts';
import { freePort } from '../test/free-port.ts';
import { productionEnv } from '../test/production-env.ts';
import { startProcess } from '../test/start-process.ts';
import { startTestStack, type TestStack } from '../test/start-test-stack.ts';

/** What an operator sets in production; the stack provides the database and the OIDC provider. */
let stack: TestStack;
let production: Record<string, string>;
beforeAll(async () => {
  stack = await startTestStack();
  production = productionEnv(stack);
});
afterAll(async () => {
  await stack?.stop();
});

const secrets = () => [
  production.OIDC_CLIENT_SECRET ?? '',
  ...(production.ENCRYPTION_KEYS ?? '').split(/[,:]/),
];
const noStackTrace = /\bat .*\.(ts|js):\d+/;

it('runs the built dist/main.js on plain node: ready, no oidc-provider warning, one line on SIGTERM', async () => {
  const port = await freePort();
  const main = startProcess(builtMain, { ...production, PORT: String(port) });
  try {
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${port}/readyz`).then(
            (r) => r.status,
            () => 0,
          ),
        {
          timeout: 30_000,
          interval: 50,
        },
      )
      .toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  } catch (error) {
    main.child.kill('SIGKILL');
    throw error;
  }
  // Ready answers once the HTTP server listens; the banner follows once the engine runs too.
  await expect
    .poll(() => main.output(), { timeout: 10_000, interval: 50 })
    .toContain('Press Ctrl-C to stop.');
  // The dev IdP (oidc-provider) is never loaded when OIDC_ISSUER is set, so Node 20 prints no warning.
  expect(main.output()).not.toContain('oidc-provider');
  const before = main.output().length;
  main.child.kill('SIGTERM');
  expect(await main.exit).toBe(0);
  const after = main
    .output()
    .slice(before)
    .trim()
    .split('\n')
    // Our own requests' access lines may land after the snapshot; they are not part of the stop.
    .filter((line) => !line.includes('"msg":"request completed"'));
  expect(after).toEqual([expect.stringContaining('"msg":"stopped"')]);
  expect(JSON.parse(after[0] ?? '')).toMatchObject({ msg: 'stopped', signal: 'SIGTERM' });
});

it('names OIDC_ISSUER when the provider cannot be reached, without a stack trace or a secret', async () => {
  const deadPort = await freePort();
  const main = startProcess(builtMain, {
    ...production,
    PORT: String(await freePort()),
    OIDC_ISSUER: `http://127.0.0.1:${deadPort}/realms/cx`,
  });
  expect(await main.exit).toBe(1);
  const output = main.output();
  expect(output).toContain(
    `start-up failed: OIDC_ISSUER: OpenID Connect discovery at http://127.0.0.1:${deadPort}/realms/cx failed`,
  );
  expect(output).toContain('ECONNREFUSED');
  expect(output).not.toMatch(noStackTrace);
  for (const secret of secrets()) expect(output).not.toContain(secret);
});

it('names DATABASE_URL when the database cannot be reached, never its password', async () => {
  const deadPort = await freePort();
  const main = startProcess(builtMain, {
    ...production,
    PORT: String(await freePort()),
    DATABASE_URL: `postgres://cxc:hunter2-Secret@127.0.0.1:${deadPort}/cxc`,
  });
  expect(await main.exit).toBe(1);
  const output = main.output();
  expect(output).toContain(
    `start-up failed: DATABASE_URL: connecting to and migrating 127.0.0.1:${deadPort}/cxc failed`,
  );
  expect(output).toContain('ECONNREFUSED');
  expect(output).not.toContain('hunter2');
  expect(output).not.toMatch(noStackTrace);
});

it('refuses to start an engine worker without DATABASE_URL and ENCRYPTION_KEYS, naming them', async () => {
  const bare = startProcess(builtWorker, {});
  expect(await bare.exit).toBe(1);
  expect(bare.output()).toContain(
    'The engine worker needs DATABASE_URL, ENCRYPTION_KEYS, which are not set.',
  );
  // CXC_EMBEDDED never applies to the worker: it has nothing to embed.
  const onlyDatabase = startProcess(builtWorker, {
    DATABASE_URL: production.DATABASE_URL ?? '',
    CXC_EMBEDDED: 'true',
  });
  expect(await onlyDatabase.exit).toBe(1);
  expect(onlyDatabase.output()).toContain('The engine worker needs ENCRYPTION_KEYS, which is not set.');
});

it('refuses an engine worker with a malformed key ring without echoing it', async () => {
  const worker = startProcess(builtWorker, {
    DATABASE_URL: production.DATABASE_URL ?? '',
    ENCRYPTION_KEYS: 'k1:not-a-32-byte-key-hunter2',
  });
  expect(await worker.exit).toBe(1);
  expect(worker.output()).toContain('ENCRYPTION_KEYS');
  expect(worker.output()).not.toContain('hunter2');
  expect(worker.output()).not.toMatch(noStackTrace);
});

it('names DATABASE_URL when the engine worker cannot reach the database', async () => {
  const deadPort = await freePort();
  const worker = startProcess(builtWorker, {
    ...production,
    DATABASE_URL: `postgres://cxc:hunter2-Secret@127.0.0.1:${deadPort}/cxc`,
  });
  expect(await worker.exit).toBe(1);
  expect(worker.output()).toContain(
    `start-up failed: DATABASE_URL: connecting to and migrating 127.0.0.1:${deadPort}/cxc failed`,
  );
  expect(worker.output()).not.toContain('hunter2');
});

it('starts the built engine worker with the production environment and stops on SIGTERM', async () => {
  const worker = startProcess(builtWorker, production);
  await expect
    .poll(() => worker.output(), { timeout: 30_000, interval: 50 })
    .toContain('engine worker ready');
  expect(worker.output()).not.toContain('oidc-provider');
  worker.child.kill('SIGTERM');
  expect(await worker.exit).toBe(0);
});

it('stops cleanly when its terminal closes (SIGHUP)', async () => {
  const port = await freePort();
  const main = startProcess(builtMain, { ...production, PORT: String(port), ENGINE: 'off' });
  await expect
    .poll(() => main.output(), { timeout: 30_000, interval: 50 })
    .toContain('Press Ctrl-C to stop.');
  main.child.kill('SIGHUP');
  expect(await main.exit).toBe(0);
  expect(main.output()).toContain(
    '"signal":"SIGHUP","stopped":["http server","database pool"],"msg":"stopped"',
  );
});
