import { spawn } from 'node:child_process';
import { builtMain, nodeArgs } from './built-entry.ts';
import { freePort } from './free-port.ts';
import { productionEnv } from './production-env.ts';
import type { TestStack } from './start-test-stack.ts';

export interface BffProcess {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Another BFF process (the built dist/main.js under node, as in production) sharing the stack's database, IdP, key ring and
 * simulator: a second node of the same deployment. Its log lines go to the stack's leak recorder.
 */
export async function spawnBff(stack: TestStack, env: Record<string, string> = {}): Promise<BffProcess> {
  const { config } = stack;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...nodeArgs, builtMain], {
    env: {
      PATH: process.env.PATH ?? '',
      ...productionEnv(stack),
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      ...(config.zoho.simUrl ? { ZOHO_SIM_URL: config.zoho.simUrl } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => stack.recorder.logDestination.write(chunk.toString()));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`${baseUrl}/readyz`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return { baseUrl, stop };
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the BFF process at ${baseUrl} did not become ready`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
