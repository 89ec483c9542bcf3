import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { countLines, findLongFiles, isCheckedSource, MAX_LINES } from './file-lengths.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

let tree: string | undefined;
afterEach(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
  tree = undefined;
});

/** A throw-away git repository; `tracked` files are added to the index, `untracked` ones are not. */
function repository(tracked: Record<string, string>, untracked: Record<string, string> = {}): string {
  tree = mkdtempSync(join(tmpdir(), 'cxc-lengths-'));
  for (const [path, text] of Object.entries({ ...tracked, ...untracked })) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  }
  execFileSync('git', ['init', '-q'], { cwd: tree });
  execFileSync('git', ['add', '--', ...Object.keys(tracked)], { cwd: tree });
  return tree;
}

const lines = (count: number) => 'x\n'.repeat(count);

it('keeps every tracked source file of the repository within the limit (data files aside)', () => {
  const long = findLongFiles(repoRoot).map(({ path, lines }) => `${path} (${lines} lines)`);
  expect(long, `split these files below ${MAX_LINES} lines`).toEqual([]);
});

it('lists each tracked source file over the limit, longest first, and only those', () => {
  const root = repository(
    {
      'apps/web/src/big.css': lines(301),
      'apps/bff/src/bigger.integration.test.ts': lines(420),
      'packages/x/src/at-limit.ts': lines(300),
      'apps/web/src/lib/i18n/locales/de.ts': lines(900),
      'apps/bff/src/db/migrations/0001_init.sql': lines(900),
      'packages/x/src/generated/api.ts': lines(900),
      'README.md': lines(900),
    },
    { 'apps/web/src/untracked.tsx': lines(900) },
  );
  expect(findLongFiles(root)).toEqual([
    { path: 'apps/bff/src/bigger.integration.test.ts', lines: 420 },
    { path: 'apps/web/src/big.css', lines: 301 },
  ]);
});

it('measures the working tree, so a split shows before it is committed', () => {
  const root = repository({ 'a.mjs': lines(400) });
  writeFileSync(join(root, 'a.mjs'), lines(10));
  expect(findLongFiles(root)).toEqual([]);
});

it('counts lines as an editor numbers them', () => {
  expect([
    countLines(''),
    countLines('a'),
    countLines('a\n'),
    countLines('a\nb'),
    countLines('a\n\n'),
  ]).toEqual([0, 1, 1, 2, 2]);
});

it.each([
  ['apps/web/src/x.tsx', true],
  ['scripts/x.js', true],
  ['apps/web/src/features/activity/locales/ru.ts', false],
  ['packages/shared/src/api.gen.ts', false],
  ['apps/web/src/app/app.json', false],
])('checks %s: %s', (path, checked) => {
  expect(isCheckedSource(path)).toBe(checked);
});
