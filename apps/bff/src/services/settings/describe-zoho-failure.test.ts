import { describe, expect, it } from 'vitest';
import { ZohoApiError, ZohoThrottledError, ZohoUnreachableError } from '../../zoho/zoho-errors.ts';
import { describeZohoFailure } from './describe-zoho-failure.ts';

describe('describeZohoFailure', () => {
  it('keeps Zoho’s code and says what to do about the usual refusals', () => {
    expect(describeZohoFailure('Leads', new ZohoApiError(403, 'NO_PERMISSION', 'permission denied'))).toEqual(
      {
        module: 'Leads',
        code: 'NO_PERMISSION',
        message:
          "The connected Zoho user may not read the Leads fields. Connect with a Zoho administrator, or give that user's profile this permission.",
      },
    );
    const scope = describeZohoFailure(
      'Users',
      new ZohoApiError(401, 'OAUTH_SCOPE_MISMATCH', 'invalid oauth scope'),
    );
    expect(scope.message).toBe(
      'The connection was authorized without permission to read the list of users. Reconnect Zoho CRM to grant it.',
    );
    expect(
      describeZohoFailure('Cases', new ZohoApiError(400, 'INVALID_MODULE', 'invalid module')).message,
    ).toMatch(/no Cases module/);
  });

  it('quotes Zoho’s own words for anything else, and our words for network and throttling', () => {
    const other = describeZohoFailure('Deals', new ZohoApiError(400, 'INVALID_DATA', 'invalid data'));
    expect(other).toEqual({
      module: 'Deals',
      code: 'INVALID_DATA',
      message: 'Zoho CRM refused to send the Deals fields: invalid data (INVALID_DATA).',
    });
    expect(describeZohoFailure('Tasks', new ZohoUnreachableError('timeout')).code).toBe('zoho_unreachable');
    const throttled = describeZohoFailure('Calls', new ZohoThrottledError(30));
    expect(throttled.code).toBe('throttled');
    expect(throttled.message).toContain('30 seconds');
  });
});
