import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { nodeArgs } from './built-entry.ts';

export interface StartedProcess {
  child: ChildProcessWithoutNullStreams;
  /** stdout and stderr so far, interleaved as they arrived. */
  output: () => string;
  exit: Promise<number | null>;
  /** Signals the whole process group, as a terminal's Ctrl-C does (needs `group: true`). */
  signalGroup(signal: NodeJS.Signals): void;
}

/**
 * A built entry (dist/main.js, dist/worker-main.js) as its own process: plain node, no wrapper, so signals
 * reach it directly. Only PATH is inherited: every setting a test relies on is passed explicitly.
 * `group: true` gives it its own process group, so a test can signal it like a terminal without signalling vitest.
 */
export function startProcess(
  entry: string,
  env: Record<string, string>,
  options: { args?: string[]; group?: boolean } = {},
): StartedProcess {
  const child = spawn(process.execPath, [...nodeArgs, entry, ...(options.args ?? [])], {
    env: { PATH: process.env.PATH ?? '', ...env },
    detached: options.group ?? false,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exit,
    signalGroup(signal) {
      if (!options.group || child.pid === undefined) throw new Error('start the process with group: true');
      process.kill(-child.pid, signal);
    },
  };
}
