import type { FieldIssue } from '@cxc/shared/api/errors';
import { isDomainKey, REFINE_TOKENS } from './issue-key';

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

/** Server issue paths start at the request body (`["settings", "channels", …]`); the form's at settings. */
export function settingsPathOf(issue: FieldIssue): (string | number)[] | undefined {
  const [head, ...rest] = issue.path;
  return head === 'settings' && rest.length > 0 ? rest : undefined;
}
