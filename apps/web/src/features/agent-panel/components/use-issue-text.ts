import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '@cxc/shared/api/errors';

/** Issue codes the panel says in the agent's language (`agentPanel:issues.<code>`), with their values. */
const ISSUE_KEYS = {
  required: 1,
  not_in_picklist: 1,
  too_long: 1,
  not_a_number: 1,
  not_a_date: 1,
  unknown_field: 1,
  MANDATORY_NOT_FOUND: 1,
  INVALID_DATA: 1,
  DUPLICATE_DATA: 1,
  duplicate_record: 1,
  DEPENDENT_MISMATCH: 1,
  may_exist: 1,
  parent_required: 1,
  request_id_taken: 1,
  still_sending: 1,
  fields_unreadable: 1,
  no_result: 1,
  record_refused: 1,
  history_needs_filter: 1,
} as const;
type IssueKey = keyof typeof ISSUE_KEYS;
const isKnown = (code: string): code is IssueKey => Object.hasOwn(ISSUE_KEYS, code);

/** Zoho's own codes are upper case (`INVALID_DATA`); ours are lower case. */
const isZohoCode = (code: string) => /^[A-Z][A-Z_]*$/.test(code);

/**
 * One server issue in the agent's language. A Zoho code we have no sentence for on a form field reads
 * "Zoho CRM answered <code>"; anything else unknown keeps the server's English (a true sentence beats none).
 */
export function useIssueText(): (issue: FieldIssue) => string {
  const { t } = useTranslation('agentPanel');
  // Values differ per issue and come from the server; the key itself is checked by `isKnown`.
  const say = t as unknown as (key: string, values?: Record<string, string>) => string;
  return (issue) => {
    const params = issue.params ?? {};
    const expected = params.expected ? ` ${t('issues.expected', { expected: params.expected })}` : '';
    if (isKnown(issue.code)) return `${say(`issues.${issue.code}`, params)}${expected}`;
    if (issue.path[0] === 'values' && isZohoCode(issue.code))
      return `${t('issues.zoho_other', { code: issue.code })}${expected}`;
    return issue.message;
  };
}

/** The server's reasons that concern no field (`path: []`), each in the agent's language; none if it gave none. */
export function wholeRequestIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.filter((issue) => issue.path.length === 0 && isKnown(issue.code));
}
