import { fileURLToPath } from 'node:url';

/**
 * The compiled entry points production runs (`pnpm build`; global-setup.ts builds them before every run),
 * so process tests exercise the same JavaScript as `pnpm start` and `pnpm worker`, not tsx.
 */
export const builtMain = fileURLToPath(new URL('../dist/main.js', import.meta.url));
export const builtWorker = fileURLToPath(new URL('../dist/worker-main.js', import.meta.url));
/** `node <nodeArgs> <entry>`: what the package scripts run. */
export const nodeArgs = ['--enable-source-maps'];
