import type { FieldIssue } from '@cxc/shared/api/errors';
import type { z } from 'zod';

/** Zod issues as the envelope's field issues; one issue per unknown key so each offending field can be marked. */
export function toIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `Unknown field "${key}"`,
        code: issue.code,
      }));
    }
    return [{ path, message: issue.message, code: issue.code }];
  });
}
