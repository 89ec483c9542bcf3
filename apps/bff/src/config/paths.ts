import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The workspace root: `.data/` and `apps/web/dist` are found from here, whatever the cwd. Searched upwards
 * rather than counted, because this module runs from src/config/ under tsx and from a dist/ bundle in production.
 */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return `${dir}/`;
    // Copied out of the workspace: relative to where it was started.
    if (dirname(dir) === dir) return `${process.cwd()}/`;
  }
}

export const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
