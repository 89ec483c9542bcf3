import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import type { FieldIssue } from '@cxc/shared/api/errors';
import { isApiClientError } from '@/lib/api-error';

/** Client-side validation messages. A form error's `message` holds one of these keys or a server text. */
export const FORM_ERROR_KEYS = [
  'forms.errors.required',
  'forms.errors.tooShort',
  'forms.errors.tooLong',
  'forms.errors.url',
  'forms.errors.notZohoHost',
  'forms.errors.invalid',
  'forms.errors.secretRequired',
  'forms.errors.chooseOne',
] as const;
export type FormErrorKey = (typeof FORM_ERROR_KEYS)[number];

export function isFormErrorKey(value: unknown): value is FormErrorKey {
  return typeof value === 'string' && (FORM_ERROR_KEYS as readonly string[]).includes(value);
}

/**
 * Per-parse error map for zodResolver: the shared request schemas carry no messages of their own, so
 * every issue they raise becomes a translatable key here. Messages set on the form schema win.
 */
export function formIssueKey(issue: z.core.$ZodRawIssue): FormErrorKey {
  switch (issue.code) {
    case 'too_small': {
      const blank = typeof issue.input === 'string' && issue.input.trim() === '';
      return blank || Number(issue.minimum) <= 1 ? 'forms.errors.required' : 'forms.errors.tooShort';
    }
    case 'too_big':
      return 'forms.errors.tooLong';
    case 'invalid_type':
      return issue.input === undefined || issue.input === ''
        ? 'forms.errors.required'
        : 'forms.errors.invalid';
    case 'invalid_format':
      return issue.format === 'url' ? 'forms.errors.url' : 'forms.errors.invalid';
    default:
      return 'forms.errors.invalid';
  }
}

export const zodFormOptions = { error: formIssueKey };

const SERVER_CODE_KEYS: Partial<Record<string, FormErrorKey>> = {
  too_small: 'forms.errors.required',
  too_big: 'forms.errors.tooLong',
  invalid_type: 'forms.errors.required',
};

/** Lets a feature explain issue codes of its own (e.g. Zoho's) in the user's language. */
export type IssueMessage = (issue: FieldIssue) => string | undefined;

/** A server issue's message: the feature's, a translated generic one where the code says enough, else the server's own. */
function serverIssueMessage(issue: FieldIssue, messageFor?: IssueMessage): string {
  return messageFor?.(issue) ?? SERVER_CODE_KEYS[issue.code] ?? issue.message;
}

function fieldOf<T extends FieldValues>(issue: FieldIssue, fields: readonly Path<T>[]): Path<T> | undefined {
  const name = issue.path.join('.');
  return fields.find((candidate) => candidate === name);
}

/**
 * Puts a failed submit's server issues on the exact fields (the issue path names the field); values
 * stay as typed. The first such field gets focus.
 */
export function applyServerIssues<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  messageFor?: IssueMessage,
): void {
  if (!isApiClientError(error)) return;
  let focus = true;
  for (const issue of error.issues) {
    const field = fieldOf(issue, fields);
    if (!field) continue;
    setError(
      field,
      { type: 'server', message: serverIssueMessage(issue, messageFor) },
      { shouldFocus: focus },
    );
    focus = false;
  }
}

/** What of a failed submit no field can show: the whole error when no issue names a field of the form. */
export function unplacedServerIssues<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  messageFor?: IssueMessage,
): { placedAny: boolean; messages: string[] } {
  if (!isApiClientError(error)) return { placedAny: false, messages: [] };
  const unplaced = error.issues.filter((issue) => !fieldOf(issue, fields));
  return {
    placedAny: unplaced.length < error.issues.length,
    messages: unplaced.map((issue) => messageFor?.(issue) ?? issue.message),
  };
}
