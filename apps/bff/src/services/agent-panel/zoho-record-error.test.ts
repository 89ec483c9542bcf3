import { describe, expect, it } from 'vitest';
import { zohoRecordError } from './zoho-record-error.ts';

const onForm = (name: string) => ['Last_Name', 'Email'].includes(name);

describe('zohoRecordError', () => {
  it('puts INVALID_DATA on the field Zoho names', () => {
    const error = zohoRecordError(
      { code: 'INVALID_DATA', status: 'error', message: 'invalid data', details: { api_name: 'Email' } },
      onForm,
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues).toEqual([
      {
        path: ['values', 'Email'],
        code: 'INVALID_DATA',
        message: 'Zoho CRM did not accept this value.',
        params: {},
      },
    ]);
  });

  it('unpacks MULTIPLE_OR_MULTI_ERRORS', () => {
    const error = zohoRecordError(
      {
        code: 'MULTIPLE_OR_MULTI_ERRORS',
        status: 'error',
        message: 'multiple errors',
        details: { errors: [{ code: 'MANDATORY_NOT_FOUND', details: { api_name: 'Last_Name' } }] },
      },
      onForm,
    );
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      [['values', 'Last_Name'], 'MANDATORY_NOT_FOUND'],
    ]);
  });

  it("keeps Zoho's words when no form field fits", () => {
    const error = zohoRecordError(
      {
        code: 'INVALID_DATA',
        status: 'error',
        message: 'the id given seems to be invalid',
        details: { api_name: 'Who_Id' },
      },
      onForm,
    );
    // No form field to mark: one refusal at path [] the console says in the agent's language, Zoho's words kept.
    expect(error.issues).toEqual([
      {
        path: [],
        code: 'record_refused',
        message: expect.stringContaining('the id given seems to be invalid') as unknown,
        params: { code: 'INVALID_DATA', zohoMessage: 'the id given seems to be invalid' },
      },
    ]);
    expect(error.message).toContain('the id given seems to be invalid');
  });
});
