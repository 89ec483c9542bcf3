import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { RunningZohoSim } from '@cxc/zoho-sim';

export interface ChildSim extends RunningZohoSim {
  /** The simulator process's id: a bench samples its memory apart from the BFF's. */
  pid: number;
}

/** The simulator in its own Node process (sim-child-process.ts), reached over HTTP like Zoho. */
export async function startSimInChildProcess(): Promise<ChildSim> {
  const entry = fileURLToPath(new URL('./sim-child-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      lines.close();
      resolve(line);
    });
    child.once('exit', (code) =>
      reject(new Error(`simulator process exited with ${code} before it started`)),
    );
  });
  const started = JSON.parse(firstLine) as Pick<RunningZohoSim, 'baseUrl' | 'dcs'>;
  return {
    ...started,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
