import { describe, expect, it } from 'vitest';
import { firstEqualsPair } from './mirror-lookup.ts';
import { mirrorRow, standardIdentityFields } from './identity-keys.ts';

const phones = (values: Record<string, unknown>, tenant?: 'US' | 'DE') =>
  mirrorRow(
    'Contacts',
    { id: '1', Last_Name: 'X', ...values },
    standardIdentityFields('Contacts'),
    tenant,
    'US',
  )
    .identities.filter((k) => k.kind === 'phone')
    .map((k) => `${k.field}=${k.key}`);

describe('identity keys', () => {
  it('reads every phone field in the record country, then the tenant, then the org', () => {
    expect(phones({ Phone: '(415) 555-0100', Mobile: '+1 415 555 0101' })).toEqual([
      'Phone=+14155550100',
      'Mobile=+14155550101',
    ]);
    expect(phones({ Phone: '030 1234567', Mailing_Country: 'Deutschland' })).toEqual(['Phone=+49301234567']);
    expect(phones({ Phone: '030 1234567' }, 'DE')).toEqual(['Phone=+49301234567']);
    expect(phones({ Phone: '0049 30 1234567' })).toEqual(['Phone=+49301234567']);
    expect(phones({ Home_Phone: '+1 415 555 0177 ext. 12' })).toEqual(['Home_Phone=+14155550177']);
  });

  it('keys one spelling differently in each country, however often it was keyed before', () => {
    for (let round = 0; round < 3; round += 1) {
      expect(phones({ Phone: '030 1234567', Mailing_Country: 'Germany' })).toEqual(['Phone=+49301234567']);
      expect(phones({ Phone: '030 1234567', Mailing_Country: 'Austria' })).toEqual(['Phone=+43301234567']);
      expect(phones({ Phone: '030 1234567' }, 'DE')).toEqual(['Phone=+49301234567']);
      expect(phones({ Phone: '+49 30 1234567', Mailing_Country: 'Austria' })).toEqual(['Phone=+49301234567']);
    }
  });

  it.each([
    ['+1 415 555 0100 ext. 12', '+14155550100'],
    ['(415) 555-0100 x12', '+14155550100'],
    ['415-555-0100;ext=12', '+14155550100'],
    ['+44 20 7946 0958 #123', '+442079460958'],
  ])('indexes %s under its base number %s, so a call from it finds the record', (stored, e164) => {
    expect(phones({ Phone: stored })).toEqual([`Phone=${e164}`]);
  });

  it('keeps hostile text out of the phone index but folds e-mails and names', () => {
    const row = mirrorRow(
      'Leads',
      { id: '2', Last_Name: '  ÉCOLE\u0000 ', Email: 'Jane.ROE@Example.COM', Phone: '<script>' },
      standardIdentityFields('Leads'),
      undefined,
      'US',
    );
    expect(row.phones).toEqual(['<script>']);
    expect(row.identities.map((k) => `${k.kind}:${k.key}`)).toEqual([
      'email:jane.roe@example.com',
      'name:école\u0000',
    ]);
  });

  it("reads the planner's criteria back, escapes undone", () => {
    expect(firstEqualsPair('((Last_Name:equals:O\\(Brien\\))and(Company:equals:Acme))')).toEqual([
      'Last_Name',
      'O(Brien)',
    ]);
    expect(firstEqualsPair('nonsense')).toBeUndefined();
  });
});
