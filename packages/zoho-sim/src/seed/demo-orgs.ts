import type { SimOrg } from '../core/types.ts';

export const ACME_ORG_ID = '700100100';
export const GLOBEX_ORG_ID = '700200200';

/** The two demo orgs; identical for every seed name (seeds only change CRM records). */
export function demoOrgs(): SimOrg[] {
  return [
    {
      id: ACME_ORG_ID,
      name: 'Acme Corp',
      dc: 'us',
      edition: 'Enterprise',
      timeZone: 'America/New_York',
      currency: 'USD',
      country: 'US',
    },
    {
      id: GLOBEX_ORG_ID,
      name: 'Globex GmbH',
      dc: 'eu',
      edition: 'Professional',
      timeZone: 'Europe/Berlin',
      currency: 'EUR',
      country: 'DE',
    },
  ];
}
