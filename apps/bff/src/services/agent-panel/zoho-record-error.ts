import type { FieldIssue } from '@cxc/shared/api/errors';
import { AppError } from '../../errors/app-error.ts';
import type { ZohoRecordResult } from '../../zoho/zoho-client.ts';
import type { DuplicateRecord } from './duplicate-record.ts';
import { panelRefusal } from './panel-refusal.ts';

const PLAIN: Record<string, string> = {
  MANDATORY_NOT_FOUND: 'Zoho CRM requires this field.',
  INVALID_DATA: 'Zoho CRM did not accept this value.',
  DUPLICATE_DATA: 'Zoho CRM already has a record with this value.',
  DEPENDENT_MISMATCH: 'Zoho CRM did not accept this value together with the others.',
};

function detailIssues(result: ZohoRecordResult, onForm: (apiName: string) => boolean): FieldIssue[] {
  const entries =
    result.code === 'MULTIPLE_OR_MULTI_ERRORS' && Array.isArray(result.details.errors)
      ? (result.details.errors as unknown[])
      : [result];
  return entries.flatMap((entry): FieldIssue[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { code, details } = entry as {
      code?: unknown;
      details?: { api_name?: unknown; expected_data_type?: unknown };
    };
    const apiName = typeof details?.api_name === 'string' ? details.api_name : undefined;
    if (!apiName || !onForm(apiName)) return [];
    const zohoCode = typeof code === 'string' ? code : result.code;
    const expected = typeof details?.expected_data_type === 'string' ? details.expected_data_type : '';
    // The console says PLAIN's sentence (or "answered <code>") in the agent's language from these values.
    const params: Record<string, string> = expected ? { expected } : {};
    return [
      {
        path: ['values', apiName],
        code: zohoCode,
        message: `${PLAIN[zohoCode] ?? `Zoho CRM answered ${zohoCode}.`}${expected ? ` Expected: ${expected}.` : ''}`,
        params,
      },
    ];
  });
}

/** Says which record is already there, at path `[]`, so the console can title the refusal and link it. */
function duplicateIssue(duplicate: DuplicateRecord): FieldIssue {
  const { module, id, url, name, field } = duplicate;
  return {
    path: [],
    code: 'duplicate_record',
    message: `Zoho CRM already has this record: ${module} ${name ?? id}.`,
    params: { module, id, url, ...(name ? { name } : {}), ...(field ? { field } : {}) },
  };
}

/**
 * Zoho's per-record error as our envelope: on the form field named by `details.api_name` (never
 * swallowed into "unknown error" as other connectors do); without a field on the form, Zoho's own words.
 * A duplicate also names the record that is already there.
 */
export function zohoRecordError(
  result: ZohoRecordResult,
  onForm: (apiName: string) => boolean,
  duplicate?: DuplicateRecord,
): AppError {
  const named = duplicate ? [duplicateIssue(duplicate)] : [];
  const issues = detailIssues(result, onForm);
  if (issues.length)
    return new AppError(
      'VALIDATION_FAILED',
      duplicate
        ? `Zoho CRM already has this record (${duplicate.module} ${duplicate.id}).`
        : 'Zoho CRM did not accept the record. Check the marked fields.',
      [...named, ...issues],
    );
  if (duplicate)
    return new AppError(
      'VALIDATION_FAILED',
      `Zoho CRM already has this record (${duplicate.module} ${duplicate.id}).`,
      named,
    );
  return panelRefusal(
    'VALIDATION_FAILED',
    'record_refused',
    { code: result.code, zohoMessage: result.message },
    `Zoho CRM did not accept the record (${result.code}: ${result.message}).`,
  );
}
