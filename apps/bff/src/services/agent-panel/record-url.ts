import { ZOHO_DC_HOSTS } from '@cxc/shared/domain/zoho-dcs';

/**
 * The CRM web UI of the connection's data center, from its API domain (never templated from a TLD:
 * CA is zohocloud.ca). The simulator serves `/<dc>/api` beside `/<dc>/web`.
 */
export function zohoWebBase(apiDomain: string): string {
  const origin = apiDomain.replace(/\/$/, '');
  for (const hosts of Object.values(ZOHO_DC_HOSTS)) {
    const api = new URL(hosts.api).host.replace(/^www\./, '');
    const host = new URL(origin).host.replace(/^(www|sandbox|developer)\./, '');
    if (host === api) return hosts.web;
  }
  return origin.replace(/\/api$/, '/web');
}

export function recordUrl(webBase: string, module: string, id: string): string {
  return `${webBase}/crm/tab/${encodeURIComponent(module)}/${encodeURIComponent(id)}`;
}
