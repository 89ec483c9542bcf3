import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_CLIENT } from '@cxc/zoho-sim';
import { expect, it } from 'vitest';
import { builtMain, builtWorker } from '../test/built-entry.ts';

/**
 * The simulator is a devDependency: production (`pnpm start` without --embedded, `pnpm worker`) must never
 * load its code. esbuild bundles workspace packages, so the sim may only live in a chunk reached through a
 * dynamic `import()` (the embedded start-up in dev/). These markers appear only in the simulator's source.
 */
const SIM_MARKERS = [DEMO_CLIENT.id, 'function startZohoSim('];

const STATIC_IMPORT =
  /(?:^|\n)(?:import|export)\b[^;]*?\bfrom\s*"(\.\/[^"]+)"|(?:^|\n)import\s*"(\.\/[^"]+)"/g;

/** The entry and every chunk it imports statically, transitively: what node loads before running it. */
function staticallyLoaded(entry: string): Map<string, string> {
  const loaded = new Map<string, string>();
  const visit = (file: string): void => {
    if (loaded.has(file)) return;
    const code = readFileSync(file, 'utf8');
    loaded.set(file, code);
    for (const match of code.matchAll(STATIC_IMPORT)) visit(join(dirname(file), match[1] ?? match[2] ?? ''));
  };
  visit(entry);
  return loaded;
}

const simFilesOf = (files: Map<string, string>) =>
  [...files].filter(([, code]) => SIM_MARKERS.some((marker) => code.includes(marker))).map(([file]) => file);

it.each([
  ['dist/main.js', builtMain],
  ['dist/worker-main.js', builtWorker],
])('%s and the chunks it loads at start contain no simulator code', (_name, entry) => {
  const loaded = staticallyLoaded(entry);
  expect(loaded.size).toBeGreaterThan(1);
  expect(simFilesOf(loaded)).toEqual([]);
});

it('keeps the simulator in a lazily loaded chunk, so the markers above would find it', () => {
  const dist = dirname(builtMain);
  const chunks = new Map(
    readdirSync(dist)
      .filter((name) => name.endsWith('.js'))
      .map((name) => [join(dist, name), readFileSync(join(dist, name), 'utf8')] as const),
  );
  expect(simFilesOf(chunks).length).toBeGreaterThan(0);
});

const IMPORT_SPECIFIER =
  /(?:^|\n)(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"|(?:^|\n)import\s*"([^"]+)"|\bimport\("([^"]+)"\)/g;
const PACKAGE_NAME = /^((?:@[a-z0-9-]+\/)?[a-z0-9][a-z0-9._-]*)(?:\/.*)?$/;

/** npm packages the files import (the bundle keeps them external; node resolves them from apps/bff). */
function npmPackagesOf(files: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const code of files)
    for (const match of code.matchAll(IMPORT_SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      const name = PACKAGE_NAME.exec(specifier)?.[1];
      if (name && !specifier.startsWith('node:')) names.add(name);
    }
  return names;
}

const manifest = JSON.parse(
  readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'),
) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

it('loads at start only npm packages the BFF depends on in production', () => {
  const started = [builtMain, builtWorker].flatMap((entry) => [...staticallyLoaded(entry).values()]);
  const missing = [...npmPackagesOf(started)].filter((name) => !(name in manifest.dependencies));
  expect(missing).toEqual([]);
});

it('finds every npm package of the lazily loaded chunks (the embedded simulator) in the BFF manifest', () => {
  // A simulator dependency the BFF lacks breaks `pnpm start`: the chunk cannot resolve it from apps/bff.
  const dist = dirname(builtMain);
  const code = readdirSync(dist)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(dist, name), 'utf8'));
  const known = { ...manifest.dependencies, ...manifest.devDependencies };
  expect([...npmPackagesOf(code)].filter((name) => !(name in known))).toEqual([]);
});
