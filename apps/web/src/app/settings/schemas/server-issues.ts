import { get } from 'react-hook-form';
import type { FieldIssue } from '@cxc/shared/api/errors';
import { encodeIssue } from '@/lib/settings/form-issue';
import { isDomainKey, REFINE_TOKENS } from '@/lib/settings/issue-key';

/** Zod's generic codes, as the BFF's validation reports them, and the console's text for each. */
const ZOD_CODE_KEYS: Record<string, string> = {
  too_small: 'validation.required',
  invalid_type: 'validation.invalid',
  invalid_format: 'validation.invalid',
  invalid_value: 'validation.choose_option',
  invalid_union: 'validation.choose_option',
  too_big: 'validation.invalid',
};

const SNAKE = /^[a-z][a-z0-9_]*$/;

/**
 * The message to keep for a server issue: the domain key it carries, a preflight problem's key (the
 * issue code when the server refuses automatic mode), a translated generic text, or its own words.
 */
export function serverIssueMessage(issue: FieldIssue): string {
  if (isDomainKey(issue.message)) return issue.message;
  if ((REFINE_TOKENS as readonly string[]).includes(issue.message)) return `validation.${issue.message}`;
  const generic = ZOD_CODE_KEYS[issue.code];
  if (generic) return generic;
  if (issue.code !== 'custom' && issue.code !== 'unrecognized_keys' && SNAKE.test(issue.code))
    return `preflight.${issue.code}`;
  return issue.message;
}

/**
 * A server issue as a form error message. The envelope's issues carry no parameters, so the one a key
 * most often names (the Zoho field) is read from the form at the issue's path.
 */
export function serverIssueFormMessage(
  issue: FieldIssue,
  path: (string | number)[],
  values: unknown,
): string {
  const message = serverIssueMessage(issue);
  const isKey = isDomainKey(message) || message.startsWith('validation.');
  if (!isKey) return message;
  const at: unknown = get(values, path.join('.'));
  const row: unknown = get(values, path.slice(0, -1).join('.'));
  const field = typeof at === 'string' && path.at(-1) === 'zohoField' ? at : readField(row);
  return encodeIssue(message, field ? { field } : {});
}

function readField(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null || !('zohoField' in row)) return undefined;
  return typeof row.zohoField === 'string' ? row.zohoField : undefined;
}

/** Server issue paths start at the request body (`["settings", "channels", …]`); the form's at settings. */
export function settingsPathOf(issue: FieldIssue): (string | number)[] | undefined {
  const [head, ...rest] = issue.path;
  return head === 'settings' && rest.length > 0 ? rest : undefined;
}
