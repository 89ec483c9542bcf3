import type { FieldIssue } from '@cxc/shared/api/errors';
import type { FormField } from '@cxc/shared/api/agent-panel';
import { normalizePhone } from '@cxc/shared/domain/phone';
import type { ZohoValue } from '@cxc/shared/domain/plan-schema';
import { toZohoDateTime } from '@cxc/shared/domain/text-format';
import type { CountryCode } from 'libphonenumber-js';

const NUMERIC = new Set(['double', 'decimal', 'currency', 'percent']);

const issue = (apiName: string, code: string, message: string): FieldIssue => ({
  path: ['values', apiName],
  code,
  message,
});

function convert(field: FormField, text: string, country: CountryCode | undefined): ZohoValue | FieldIssue {
  const at = field.apiName;
  if (field.length && text.length > field.length)
    return issue(at, 'too_long', `At most ${field.length} characters.`);
  switch (field.dataType) {
    case 'picklist':
      return field.picklist.some((p) => p.value === text)
        ? text
        : issue(at, 'not_in_picklist', 'Choose one of the listed values.');
    case 'integer':
    case 'bigint':
      return /^-?\d+$/.test(text) ? Number(text) : issue(at, 'not_a_number', 'Enter a whole number.');
    case 'boolean':
      return text === 'true';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text))
        ? text
        : issue(at, 'not_a_date', 'Enter a date as YYYY-MM-DD.');
    case 'datetime':
      return Number.isNaN(Date.parse(text))
        ? issue(at, 'not_a_date', 'Enter a date and time.')
        : toZohoDateTime(text);
    // No e-mail syntax check of ours: Zoho decides what it accepts, and its INVALID_DATA lands on the field.
    case 'phone': {
      // Written as E.164, like automation writes it, so later searches find it.
      const phone = normalizePhone(text, country);
      return phone.ok ? phone.e164 : text;
    }
    default:
      if (NUMERIC.has(field.dataType))
        return text.trim() !== '' && Number.isFinite(Number(text))
          ? Number(text)
          : issue(at, 'not_a_number', 'Enter a number.');
      return text;
  }
}

/**
 * The agent's values checked against the org's live fields (mandatory, picklist, length, type) before
 * Zoho sees them; every problem at once, on its field. Unknown keys are refused, never sent.
 */
export function checkFormValues(
  form: readonly FormField[],
  values: Readonly<Record<string, string>>,
  country: CountryCode | undefined,
): { fields: Record<string, ZohoValue>; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const fields: Record<string, ZohoValue> = {};
  const known = new Set(form.map((f) => f.apiName));
  for (const key of Object.keys(values))
    if (!known.has(key)) issues.push(issue(key, 'unknown_field', 'This field is not on the form.'));
  for (const field of form) {
    const text = (values[field.apiName] ?? '').trim();
    if (!text) {
      if (field.mandatory) issues.push(issue(field.apiName, 'required', 'This field is required.'));
      continue;
    }
    const converted = convert(field, text, country);
    if (converted !== null && typeof converted === 'object' && 'path' in converted) issues.push(converted);
    else fields[field.apiName] = converted;
  }
  return { fields, issues };
}
