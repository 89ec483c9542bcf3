import { describe, expect, it } from 'vitest';
import { duplicateOf } from './duplicate-record.ts';

const refusal = (details: Record<string, unknown>, code = 'DUPLICATE_DATA') => ({
  code,
  status: 'error' as const,
  message: 'duplicate data',
  details,
});

describe('duplicateOf', () => {
  it('reads the v2 shape (`details.id`)', () => {
    expect(duplicateOf(refusal({ api_name: 'Email', id: '5117' }))).toEqual({
      module: undefined,
      id: '5117',
      field: 'Email',
    });
  });

  it('reads the later shape (`details.duplicate_record`) with its module', () => {
    const details = {
      api_name: 'Email',
      json_path: '$.data[0].Email',
      more_records: false,
      duplicate_record: { id: '6001', module: { api_name: 'Contacts', id: '9' }, Owner: { id: '1' } },
    };
    expect(duplicateOf(refusal(details))).toEqual({ module: 'Contacts', id: '6001', field: 'Email' });
  });

  it('finds a duplicate inside MULTIPLE_OR_MULTI_ERRORS', () => {
    const details = {
      errors: [
        { code: 'MANDATORY_NOT_FOUND', details: { api_name: 'Last_Name' } },
        { code: 'DUPLICATE_DATA', details: { api_name: 'Phone', id: '77' } },
      ],
    };
    expect(duplicateOf(refusal(details, 'MULTIPLE_OR_MULTI_ERRORS'))?.id).toBe('77');
  });

  it('names nothing for other refusals or a duplicate without an id', () => {
    expect(duplicateOf(refusal({ api_name: 'Email' }, 'INVALID_DATA'))).toBeUndefined();
    expect(duplicateOf(refusal({ api_name: 'Email' }))).toBeUndefined();
  });
});
