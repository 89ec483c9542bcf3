import type { DataCenterOption } from '@cxc/shared/api/zoho-connection';
import { officialZohoHosts, ZOHO_DC_HOSTS, zohoDcSchema } from '@cxc/shared/domain/zoho-dcs';
import { z } from 'zod';

/** The DCs a tenant may pick: Zoho's eight, plus the simulator's while one runs. */
export interface DataCenters {
  all: DataCenterOption[];
  find(id: string): DataCenterOption | undefined;
  /** The DC whose accounts server this exact URL is (the callback's `accounts-server`). */
  byAccountsUrl(url: string): DataCenterOption | undefined;
  /** Is this an API domain we may send tokens to? Official and simulated hosts never mix. */
  isKnownApiUrl(url: string, simulated: boolean): boolean;
  isKnownAccountsUrl(url: string, simulated: boolean): boolean;
}

const simDcsSchema = z.record(z.string(), z.object({ accounts: z.url(), api: z.url(), web: z.url() }));

export function normalizeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return '';
  }
}

const OFFICIAL: DataCenterOption[] = zohoDcSchema.options.map((dc) => ({
  id: dc,
  dc,
  simulated: false,
  accountsUrl: ZOHO_DC_HOSTS[dc].accounts,
  apiUrl: ZOHO_DC_HOSTS[dc].api,
  webUrl: ZOHO_DC_HOSTS[dc].web,
}));

const ACCOUNTS_HOSTS = new Set(OFFICIAL.map((option) => new URL(option.accountsUrl).host));
const API_HOSTS = new Set([...officialZohoHosts()].filter((host) => host.includes('zohoapis.')));

/** An official address: https, the default port, no path, query or credentials, on one of Zoho's hosts. */
function isOfficial(url: string, hosts: Set<string>): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      hosts.has(parsed.host) &&
      parsed.pathname === '/' &&
      !parsed.search &&
      !parsed.hash &&
      !parsed.username &&
      !parsed.password
    );
  } catch {
    return false;
  }
}

const simCache = new Map<string, Promise<DataCenterOption[]>>();

async function fetchSimDcs(simUrl: string): Promise<DataCenterOption[]> {
  const response = await fetch(`${simUrl}/__sim/dcs`, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`simulator answered ${response.status} for /__sim/dcs`);
  const dcs = simDcsSchema.parse(await response.json());
  return zohoDcSchema.options.flatMap((dc) => {
    const urls = dcs[dc];
    return urls
      ? [
          {
            id: `sim-${dc}`,
            dc,
            simulated: true,
            accountsUrl: urls.accounts,
            apiUrl: urls.api,
            webUrl: urls.web,
          },
        ]
      : [];
  });
}

/** The simulator's DCs, asked once per simulator URL (a failure is not cached: the next call asks again). */
function simulatedDataCenters(simUrl: string): Promise<DataCenterOption[]> {
  let pending = simCache.get(simUrl);
  if (!pending) {
    pending = fetchSimDcs(simUrl);
    simCache.set(simUrl, pending);
    pending.catch(() => simCache.delete(simUrl));
  }
  return pending;
}

export async function loadDataCenters(simUrl: string | undefined): Promise<DataCenters> {
  const simulated = simUrl ? await simulatedDataCenters(simUrl) : [];
  const all = [...OFFICIAL, ...simulated];
  const simAccounts = new Set(simulated.map((option) => normalizeUrl(option.accountsUrl)));
  const simApis = new Set(simulated.map((option) => normalizeUrl(option.apiUrl)));
  return {
    all,
    find: (id) => all.find((option) => option.id === id),
    byAccountsUrl: (url) => {
      const wanted = normalizeUrl(url);
      return wanted ? all.find((option) => normalizeUrl(option.accountsUrl) === wanted) : undefined;
    },
    isKnownAccountsUrl: (url, sim) =>
      sim ? simAccounts.has(normalizeUrl(url)) : isOfficial(url, ACCOUNTS_HOSTS),
    isKnownApiUrl: (url, sim) => (sim ? simApis.has(normalizeUrl(url)) : isOfficial(url, API_HOSTS)),
  };
}
