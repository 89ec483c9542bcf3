import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fromSnapshot, type IdentitySnapshot, toSnapshot } from '../store/snapshot.ts';
import type { SimContext } from './sim-context.ts';

interface StateFile {
  version: 1;
  savedAt: string;
  clockOffsetSeconds: number;
  identity: IdentitySnapshot;
  crm: unknown;
}

/** Loads `--state-file` if it exists; its contents take precedence over the seed. */
export function loadStateFile(ctx: SimContext, path: string): boolean {
  if (!existsSync(path)) return false;
  const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<StateFile>;
  if (file.version !== 1)
    throw new Error(`${path}: not a Zoho simulator state file (version ${String(file.version)})`);
  ctx.store.state = fromSnapshot(file.identity);
  ctx.clock.setOffsetSeconds(typeof file.clockOffsetSeconds === 'number' ? file.clockOffsetSeconds : 0);
  ctx.crm.restore(file.crm);
  return true;
}

/** Written to a temporary file first so a crash mid-write never leaves half a state file. */
export function saveStateFile(ctx: SimContext, path: string): void {
  const file: StateFile = {
    version: 1,
    savedAt: new Date().toISOString(),
    clockOffsetSeconds: ctx.clock.offsetSeconds(),
    identity: toSnapshot(ctx.store.state),
    crm: ctx.crm.snapshot(),
  };
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(file));
  renameSync(temp, path);
}
