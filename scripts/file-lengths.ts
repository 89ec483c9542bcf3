import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** CODE_STYLE.md's limit: a file longer than this is doing more than one thing. */
export const MAX_LINES = 300;

const SOURCE = /\.(ts|tsx|css|js|mjs)$/;

/**
 * Data, not code: translations (every `locales/` folder), generated files and SQL. They grow with the
 * product's words and tables, and splitting them would only scatter one list over several files.
 */
const DATA = [/(^|\/)locales\//, /(^|\/)generated\//, /\.gen\.[a-z]+$/, /\.sql$/];

export const isCheckedSource = (path: string): boolean =>
  SOURCE.test(path) && !DATA.some((pattern) => pattern.test(path));

/** Lines as an editor numbers them: a final newline does not start another line. */
export const countLines = (text: string): number =>
  text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

export interface LongFile {
  path: string;
  lines: number;
}

/** Every file git tracks below `root` (as it is in the working tree) that is checked and over the limit. */
export function findLongFiles(root: string, limit = MAX_LINES): LongFile[] {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((path) => path !== '' && isCheckedSource(path));
  return tracked
    .flatMap((path) => {
      let text: string;
      try {
        text = readFileSync(join(root, path), 'utf8');
      } catch {
        return []; // Deleted in the working tree but not yet in the index: nothing to measure.
      }
      const lines = countLines(text);
      return lines > limit ? [{ path, lines }] : [];
    })
    .sort((a, b) => b.lines - a.lines || a.path.localeCompare(b.path));
}
