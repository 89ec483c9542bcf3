/**
 * `pnpm build` for the BFF: one ES module per entry point (main.js, worker-main.js) in dist/, so production
 * runs plain JavaScript on `node` instead of compiling TypeScript at every start (tsx took seconds).
 * Our workspace packages are bundled in, because their `exports` point at `.ts` sources that tests and
 * tsx use directly; npm packages stay external and load from node_modules as they do today. Dynamic
 * imports (the dev IdP, the simulator) become chunks beside the entries, loaded only when used.
 */
import { readFileSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const bffDir = fileURLToPath(new URL('..', import.meta.url));
const manifests = [
  'package.json',
  '../../packages/shared/package.json',
  '../../packages/zoho-sim/package.json',
];

/** Every npm dependency of the BFF and the packages it bundles; `workspace:` ones are bundled. */
function npmDependencies(): string[] {
  const names = new Set<string>();
  for (const manifest of manifests) {
    const { dependencies = {} } = JSON.parse(readFileSync(`${bffDir}/${manifest}`, 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const [name, version] of Object.entries(dependencies))
      if (!version.startsWith('workspace:')) names.add(name);
  }
  return [...names].flatMap((name) => [name, `${name}/*`]);
}

export async function buildBff(): Promise<void> {
  const outdir = `${bffDir}/dist`;
  await rm(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: bffDir,
    entryPoints: { main: 'src/main.ts', 'worker-main': 'src/jobs/worker-main.ts' },
    outdir,
    bundle: true,
    splitting: true,
    // Chunks stay beside the entries: code using import.meta.url (migrate.ts) finds dist/migrations/.
    chunkNames: '[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    external: npmDependencies(),
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  await cp(`${bffDir}/src/db/migrations`, `${outdir}/migrations`, { recursive: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildBff();
