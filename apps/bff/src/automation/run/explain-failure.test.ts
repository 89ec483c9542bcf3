import { describe, expect, it } from 'vitest';
import { ZohoApiError, ZohoThrottledError } from '../../zoho/zoho-errors.ts';
import { classifyError, explainRecordError } from './explain-failure.ts';

describe('failure explanations carry a key the console translates', () => {
  it('names the field and module as values, beside the same sentence in English', () => {
    const error = explainRecordError(
      {
        code: 'MANDATORY_NOT_FOUND',
        status: 'error',
        message: 'required field not found',
        details: { api_name: 'Last_Name' },
      },
      'Leads',
      1,
    );
    expect(error.detail).toEqual({ key: 'mandatory', params: { module: 'Leads', field: 'Last_Name' } });
    expect(error.message).toContain('Zoho requires Last_Name on Leads');
  });

  it('keeps Zoho’s own words as a value, and says how long throttling lasts', () => {
    const refused = classifyError(new ZohoApiError(400, 'INVALID_REQUEST', 'bad <b>request</b>'), 'Leads', 0);
    expect(refused.error.detail).toEqual({
      key: 'refused',
      params: { code: 'INVALID_REQUEST', zohoMessage: 'bad <b>request</b>' },
    });
    const throttled = classifyError(new ZohoThrottledError(30), null, null);
    expect(throttled.error.detail).toEqual({ key: 'throttled', params: { seconds: '30' } });
    expect(classifyError(new Error('db down'), null, null).error.detail?.key).toBe('internal');
  });
});
