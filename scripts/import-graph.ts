import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** File → the files it imports, as paths relative to the repository root (forward slashes). */
export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(ts|tsx|mts)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.data', 'test-results', 'playwright-report']);
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : sourceFiles(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function existingSource(candidate: string): string | undefined {
  const base = candidate.replace(/\.js$/, '');
  for (const ending of EXTENSIONS) {
    const path = base + ending;
    if (SOURCE.test(path) && existsSync(path) && statSync(path).isFile()) return path;
  }
  return undefined;
}

/** `@cxc/<package>/<subpath>` → source file, from each workspace package's `exports` map (plain strings). */
function workspaceExports(root: string, packageDirs: string[]): Map<string, string> {
  const exported = new Map<string, string>();
  for (const dir of packageDirs) {
    const manifestPath = join(root, dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      name?: string;
      exports?: Record<string, unknown>;
    };
    for (const [subpath, target] of Object.entries(manifest.exports ?? {}))
      if (manifest.name && typeof target === 'string')
        exported.set(manifest.name + subpath.slice(1), join(root, dir, target));
  }
  return exported;
}

function workspacePackageDirs(root: string): string[] {
  const grouped = ['apps', 'packages'].flatMap((group) =>
    existsSync(join(root, group))
      ? readdirSync(join(root, group), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => `${group}/${entry.name}`)
      : [],
  );
  return [...grouped, 'e2e', 'scripts'];
}

/**
 * Builds the import graph of every TypeScript file below `folders`: relative imports, the web's `@/` alias
 * and workspace package imports, static and dynamic, type-only included (a circle through a type is still a
 * circle a reader has to walk). npm packages and non-code files (CSS, JSON) are left out.
 */
export function buildImportGraph(
  root: string,
  folders = ['apps', 'packages', 'e2e', 'bench', 'scripts'],
): ImportGraph {
  const packages = workspaceExports(root, workspacePackageDirs(root));
  const webSrc = join(root, 'apps/web/src');
  const graph: ImportGraph = new Map();
  const key = (path: string) => relative(root, path).split('\\').join('/');
  for (const file of folders.flatMap((folder) => sourceFiles(join(root, folder)))) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = new Set<string>();
    for (const { fileName: specifier } of info.importedFiles) {
      let target: string | undefined;
      if (specifier.startsWith('.')) target = existingSource(resolve(dirname(file), specifier));
      else if (specifier.startsWith('@/') && file.startsWith(webSrc))
        target = existingSource(join(webSrc, specifier.slice(2)));
      else target = packages.get(specifier);
      if (target && target !== file) targets.add(key(target));
      else if (target === file) targets.add(key(file));
    }
    graph.set(key(file), [...targets]);
  }
  return graph;
}
