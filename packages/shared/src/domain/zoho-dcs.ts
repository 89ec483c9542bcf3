import { z } from 'zod';

/** Zoho's data centers. CA is `zohocloud.ca`, not `zoho.ca` — templating hosts from a TLD breaks it. */
export const zohoDcSchema = z.enum(['us', 'eu', 'in', 'au', 'jp', 'cn', 'ca', 'sa']);
export type ZohoDc = z.infer<typeof zohoDcSchema>;

export interface ZohoDcHosts {
  /** Accounts server (OAuth), e.g. https://accounts.zoho.eu */
  accounts: string;
  /** CRM API domain, e.g. https://www.zohoapis.eu */
  api: string;
  /** CRM web UI, for "Open in Zoho" links. */
  web: string;
}

/** The official hosts (https://www.zoho.com/accounts/protocol/oauth/multi-dc.html). */
export const ZOHO_DC_HOSTS: Record<ZohoDc, ZohoDcHosts> = {
  us: { accounts: 'https://accounts.zoho.com', api: 'https://www.zohoapis.com', web: 'https://crm.zoho.com' },
  eu: { accounts: 'https://accounts.zoho.eu', api: 'https://www.zohoapis.eu', web: 'https://crm.zoho.eu' },
  in: { accounts: 'https://accounts.zoho.in', api: 'https://www.zohoapis.in', web: 'https://crm.zoho.in' },
  au: {
    accounts: 'https://accounts.zoho.com.au',
    api: 'https://www.zohoapis.com.au',
    web: 'https://crm.zoho.com.au',
  },
  jp: { accounts: 'https://accounts.zoho.jp', api: 'https://www.zohoapis.jp', web: 'https://crm.zoho.jp' },
  cn: {
    accounts: 'https://accounts.zoho.com.cn',
    api: 'https://www.zohoapis.com.cn',
    web: 'https://crm.zoho.com.cn',
  },
  ca: {
    accounts: 'https://accounts.zohocloud.ca',
    api: 'https://www.zohoapis.ca',
    web: 'https://crm.zohocloud.ca',
  },
  sa: { accounts: 'https://accounts.zoho.sa', api: 'https://www.zohoapis.sa', web: 'https://crm.zoho.sa' },
};

/**
 * Hosts an admin may type in "Advanced" (custom accounts/API addresses): only Zoho's own official hosts,
 * including the sandbox and developer API hosts of each DC. Anything else is refused, so a tenant can
 * never make the BFF send tokens or client secrets to a host of their choosing.
 */
export function officialZohoHosts(): Set<string> {
  const hosts = new Set<string>();
  for (const { accounts, api, web } of Object.values(ZOHO_DC_HOSTS)) {
    for (const url of [accounts, api, web]) hosts.add(new URL(url).host);
    const apiHost = new URL(api).host;
    hosts.add(apiHost.replace(/^www\./, ''));
    hosts.add(apiHost.replace(/^www\./, 'sandbox.'));
    hosts.add(apiHost.replace(/^www\./, 'developer.'));
  }
  return hosts;
}
