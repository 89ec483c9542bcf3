/** Zoho's data centers. The `location` literal is what Zoho puts in the OAuth redirect. */
export const DCS = ['us', 'eu', 'in', 'au', 'jp', 'cn', 'ca', 'sa'] as const;
export type Dc = (typeof DCS)[number];

export interface DcUrls {
  /** Accounts server base, e.g. `http://127.0.0.1:4010/eu/accounts` (stands for https://accounts.zoho.eu). */
  accounts: string;
  /** CRM API domain, the `api_domain` of token responses (stands for https://www.zohoapis.eu). */
  api: string;
  /** CRM web UI base (stands for https://crm.zoho.eu), for "open in Zoho" links. */
  web: string;
}

/** Every DC is served by one process under a path prefix: `/<dc>/accounts`, `/<dc>/api`, `/<dc>/web`. */
export function dcUrls(baseUrl: string, dc: Dc): DcUrls {
  return { accounts: `${baseUrl}/${dc}/accounts`, api: `${baseUrl}/${dc}/api`, web: `${baseUrl}/${dc}/web` };
}

export function isDc(value: string): value is Dc {
  return (DCS as readonly string[]).includes(value);
}
