import type { SettingsPath } from './field-path';

export interface CollectedError {
  path: (string | number)[];
  message: string;
}

function isErrorLike(node: object): node is { message: string } {
  return 'message' in node && typeof node.message === 'string' && 'type' in node;
}

/**
 * Every error in react-hook-form's nested error tree, in form order, with its settings path. A list's
 * own error sits under `root` and is reported on the list's path.
 */
export function collectErrors(errors: unknown, path: SettingsPath = []): CollectedError[] {
  const out: CollectedError[] = [];
  const visit = (node: unknown, at: (string | number)[]) => {
    if (typeof node !== 'object' || node === null) return;
    if (isErrorLike(node)) out.push({ path: at, message: node.message });
    for (const [key, child] of Object.entries(node)) {
      // `ref` is the DOM element; `types` repeats the message under criteria names.
      if (key === 'ref' || key === 'types' || key === 'message' || key === 'type') continue;
      if (key === 'root') visit(child, at);
      else visit(child, [...at, /^\d+$/.test(key) ? Number(key) : key]);
    }
  };
  visit(errors, [...path]);
  return out;
}
