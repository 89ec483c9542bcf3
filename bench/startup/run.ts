/**
 * Time from `node` starting the BFF to listening and to ready, against a database whose migrations are
 * already applied (a restart):
 *   pnpm bench:startup [--runs 5] [--tsx]
 * `--tsx` also measures the old way (TypeScript compiled at start by tsx) for comparison. Needs a PostgreSQL
 * server (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test); a throwaway database is
 * created and dropped. The last line is `startup listen_ms=<n> ready_ms=<n>` (medians, built output).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { builtMain, nodeArgs } from '../../apps/bff/test/built-entry.ts';
import { freePort } from '../../apps/bff/test/free-port.ts';
import { productionEnv } from '../../apps/bff/test/production-env.ts';
import { startTestStack } from '../../apps/bff/test/start-test-stack.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, tsx: { type: 'boolean', default: false } },
});
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
const bffDir = fileURLToPath(new URL('../../apps/bff/', import.meta.url));

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
const ready = (port: number) =>
  fetch(`http://127.0.0.1:${port}/readyz`).then(
    (response) => response.ok,
    () => false,
  );

/** One start: milliseconds from spawn to the port accepting, to /readyz answering 200, and its CPU time then. */
async function measure(
  args: string[],
  env: Record<string, string>,
): Promise<{ listen: number; ready: number; cpu: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: bffDir,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    let listen: number | undefined;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the BFF exited with ${child.exitCode}`);
      if (listen === undefined && (await accepts(port))) listen = performance.now() - started;
      if (listen !== undefined && (await ready(port)))
        return { listen, ready: performance.now() - started, cpu: cpuMs(child.pid) };
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/**
 * CPU the BFF process spent so far (user + system, Linux /proc): unlike wall time, it does not grow when
 * other processes share the cores, so runs on a busy machine stay comparable.
 */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? 0;

// Its migrations are applied by the stack, so every measured start is a restart.
const stack = await startTestStack({ env: { LOG_LEVEL: 'warn' } });
try {
  const env = { ...productionEnv(stack), LOG_LEVEL: 'warn' };
  const variants: [string, string[]][] = [
    ...(values.tsx ? [['tsx src/main.ts', ['--import', 'tsx', 'src/main.ts']] as [string, string[]]] : []),
    ['node dist/main.js', [...nodeArgs, builtMain]],
  ];
  let last = { listen: 0, ready: 0 };
  for (const [name, args] of variants) {
    const runs = [];
    for (let run = 0; run < Number(values.runs); run++) runs.push(await measure(args, env));
    last = { listen: median(runs.map((r) => r.listen)), ready: median(runs.map((r) => r.ready)) };
    const all = runs.map((r) => Math.round(r.ready)).join(', ');
    const cpu = median(runs.map((r) => r.cpu));
    process.stdout.write(
      `${name}: listen ${Math.round(last.listen)} ms, ready ${Math.round(last.ready)} ms, CPU until ready ${cpu} ms (medians of ${runs.length}; ready: ${all})\n`,
    );
  }
  process.stdout.write(`startup listen_ms=${Math.round(last.listen)} ready_ms=${Math.round(last.ready)}\n`);
} finally {
  await stack.stop();
}
