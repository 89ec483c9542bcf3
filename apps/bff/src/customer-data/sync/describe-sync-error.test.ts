import { describe, expect, it } from 'vitest';
import { ZohoApiError, ZohoUnreachableError } from '../../zoho/zoho-errors.ts';
import { describeSyncError } from './describe-sync-error.ts';

describe('describeSyncError', () => {
  it('names the module and says the sync tries again by itself', () => {
    expect(describeSyncError('Leads', new ZohoApiError(429, 'TOO_MANY_REQUESTS', 'limit'))).toBe(
      "Zoho's API limit for this org is used up for now; Leads sync tries again shortly.",
    );
    expect(describeSyncError('Deals', new ZohoApiError(400, 'INVALID_DATA', 'invalid data'))).toBe(
      'Zoho CRM refused to send Deals: invalid data (INVALID_DATA). Sync tries again shortly.',
    );
    expect(describeSyncError('Cases', new ZohoApiError(400, 'NOT_SUPPORTED', 'x'))).toBe(
      'This Zoho org offers no Cases module through its API.',
    );
  });

  it('keeps our own words for network trouble and never shows an internal error', () => {
    expect(describeSyncError('Leads', new ZohoUnreachableError('timeout'))).toContain('could not be reached');
    const internal = describeSyncError('Leads', new Error('relation "x" does not exist'));
    expect(internal).toBe(
      'Leads could not be synchronised because of an internal error; sync tries again shortly.',
    );
  });
});
