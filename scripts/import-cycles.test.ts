import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { findImportCycles } from './find-cycles.ts';
import { buildImportGraph } from './import-graph.ts';

let tree: string | undefined;
afterEach(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
  tree = undefined;
});

/** A throw-away workspace with the given files (path → source). */
function workspace(files: Record<string, string>): string {
  tree = mkdtempSync(join(tmpdir(), 'cxc-cycles-'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), source);
  }
  return tree;
}

it('names a circle that closes through a type-only import, shortest way round', () => {
  const root = workspace({
    'apps/bff/src/tokens/refresh.ts':
      "import { client } from '../zoho/client.ts';\nexport type Token = string;\n",
    'apps/bff/src/zoho/client.ts': "import { http } from './http.ts';\nexport const client = http;\n",
    'apps/bff/src/zoho/http.ts':
      "import type { Token } from '../tokens/refresh.ts';\nexport const http = 1;\n",
    'apps/bff/src/main.ts': "import './tokens/refresh.ts';\n",
  });
  expect(findImportCycles(buildImportGraph(root))).toEqual([
    [
      'apps/bff/src/tokens/refresh.ts',
      'apps/bff/src/zoho/client.ts',
      'apps/bff/src/zoho/http.ts',
      'apps/bff/src/tokens/refresh.ts',
    ],
  ]);
});

it('follows dynamic imports, the web alias and workspace package exports', () => {
  const root = workspace({
    'packages/shared/package.json': JSON.stringify({ name: '@cxc/shared', exports: { './a': './src/a.ts' } }),
    'packages/shared/src/a.ts': "export const a = () => import('../../../apps/web/src/lib/b.tsx');\n",
    'apps/web/src/lib/b.tsx': "import { a } from '@cxc/shared/a';\nexport const b = a;\n",
    'apps/web/src/app/c.tsx': "import { b } from '@/lib/b';\nexport const c = b;\n",
  });
  expect(findImportCycles(buildImportGraph(root))).toEqual([
    ['apps/web/src/lib/b.tsx', 'packages/shared/src/a.ts', 'apps/web/src/lib/b.tsx'],
  ]);
});

it('finds nothing in a tree without circles, and a file importing itself', () => {
  const root = workspace({
    'packages/x/src/a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
    'packages/x/src/b.ts': 'export const b = 1;\n',
  });
  expect(findImportCycles(buildImportGraph(root))).toEqual([]);
  expect(findImportCycles(new Map([['self.ts', ['self.ts']]]))).toEqual([['self.ts', 'self.ts']]);
});
