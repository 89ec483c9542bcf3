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
      { path: ['values', 'Email'], code: 'INVALID_DATA', message: 'Zoho CRM did not accept this value.' },
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
    expect(error.issues).toEqual([]);
    expect(error.message).toContain('the id given seems to be invalid');
  });
});
