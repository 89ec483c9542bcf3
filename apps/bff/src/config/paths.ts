import { fileURLToPath } from 'node:url';

/** The workspace root: `.data/` and `apps/web/dist` are found from here, whatever the cwd. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
