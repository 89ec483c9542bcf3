import type { z } from 'zod';
import type { systemClientUsageSchema } from '@cxc/shared/api/system';
import {
  connectionSchema,
  listAvailableOrgs,
  testConnection,
  type Connection,
  type DataCenterOption,
} from '@cxc/shared/api/zoho-connection';
import { listAudit } from '@cxc/shared/api/audit';
import { listSystemClients } from '@cxc/shared/api/system';
import { ZOHO_DC_HOSTS, type ZohoDc } from '@cxc/shared/domain/zoho-dcs';

/** Bodies are parsed by the shared schemas, so a fixture that drifts from the contract fails loudly. */
export const REDIRECT_URL = 'https://console.example/api/zoho/oauth/callback';
const SIM = 'http://127.0.0.1:4010';

export function dcOption(dc: ZohoDc, simulated = false): DataCenterOption {
  if (simulated) {
    return {
      id: `sim-${dc}`,
      dc,
      simulated: true,
      accountsUrl: `${SIM}/${dc}/accounts`,
      apiUrl: `${SIM}/${dc}/api`,
      webUrl: `${SIM}/${dc}/web`,
    };
  }
  const hosts = ZOHO_DC_HOSTS[dc];
  return { id: dc, dc, simulated: false, accountsUrl: hosts.accounts, apiUrl: hosts.api, webUrl: hosts.web };
}

export const ALL_DCS: ZohoDc[] = ['us', 'eu', 'in', 'au', 'jp', 'cn', 'ca', 'sa'];

export function connectionBody(overrides: Partial<Connection> = {}): Connection {
  return connectionSchema.parse({
    status: 'not_connected',
    redirectUrl: REDIRECT_URL,
    config: null,
    systemDataCenters: [dcOption('us'), dcOption('eu')],
    dataCenters: [...ALL_DCS.map((dc) => dcOption(dc)), dcOption('us', true), dcOption('eu', true)],
    org: null,
    zohoUser: null,
    connectedAt: null,
    connectedBy: null,
    scopes: [],
    token: null,
    creditsUsed24h: 0,
    warnings: [],
    ...overrides,
  });
}

export const ACME_ORG = {
  id: '700001',
  name: 'Acme Zoho Org',
  edition: 'Enterprise',
  dc: 'eu',
  timeZone: 'Europe/Berlin',
} as const;
export const ZOHO_ADMIN = {
  id: 'zu-1',
  name: 'Zed Zoho',
  email: 'zed@acme.example',
  profile: 'Administrator',
  role: 'CEO',
  isAdministrator: true,
} as const;

export function connectedBody(overrides: Partial<Connection> = {}): Connection {
  return connectionBody({
    status: 'connected',
    config: {
      kind: 'custom',
      dataCenter: dcOption('eu'),
      clientId: '1000.CLIENTID',
      secretSet: true,
      accountsUrl: ZOHO_DC_HOSTS.eu.accounts,
      apiUrl: ZOHO_DC_HOSTS.eu.api,
      selfClient: false,
    },
    live: { clientKind: 'custom', dataCenter: dcOption('eu'), since: '2026-05-04T08:14:00.000Z' },
    org: ACME_ORG,
    zohoUser: ZOHO_ADMIN,
    connectedAt: '2026-05-04T08:15:00.000Z',
    connectedBy: 'tara@acme.example',
    scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.settings.ALL'],
    token: {
      lastRefreshAt: '2026-05-04T09:00:00.000Z',
      accessTokenExpiresAt: '2026-05-04T10:00:00.000Z',
      lastError: null,
    },
    creditsUsed24h: 12345,
    ...overrides,
  });
}

export function orgsBody(orgs: z.input<typeof listAvailableOrgs.response>['orgs']) {
  return listAvailableOrgs.response.parse({ orgs });
}

export function systemClientsBody(
  configured: Partial<
    Record<string, { clientId: string; enabled: boolean; usage?: z.input<typeof systemClientUsageSchema> }>
  > = {},
) {
  const options = [...ALL_DCS.map((dc) => dcOption(dc)), dcOption('us', true)];
  return listSystemClients.response.parse({
    redirectUrl: REDIRECT_URL,
    clients: options.map((dataCenter) => {
      const entry = configured[dataCenter.id];
      return {
        dataCenter,
        clientId: entry?.clientId ?? null,
        secretSet: Boolean(entry),
        enabled: entry?.enabled ?? false,
        updatedAt: entry ? '2026-05-01T12:00:00.000Z' : null,
        updatedBy: entry ? 'sam@platform.example' : null,
        ...(entry?.usage ? { usage: entry.usage } : {}),
      };
    }),
  });
}

export function testResultBody(input: z.input<typeof testConnection.response>) {
  return testConnection.response.parse(input);
}

export function auditBody(page: number, total: number, count: number) {
  return listAudit.response.parse({
    page,
    total,
    entries: Array.from({ length: count }, (_, index) => ({
      id: `a-${page}-${index}`,
      at: '2026-05-04T08:15:00.000Z',
      actor: { email: 'tara@acme.example', name: 'Tara Admin', role: 'tenant_admin' },
      action: index === 0 ? 'zoho.config.saved' : 'zoho.connected',
      details:
        index === 0 ? { kind: 'custom', dataCenter: 'eu', clientSecret: 'changed' } : { org: '700001' },
    })),
  });
}
