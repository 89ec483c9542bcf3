import { NO_CUSTOMER_WEBHOOK } from '@cxc/shared/api/customer-webhook';
import type { Connection, ConnectionStatus } from '@cxc/shared/api/zoho-connection';
import { stubFetch, type FetchStub, type StubResponse } from './fetch-stub';
import { integrationsBody, meBody } from './fixtures';
import { preflightBody, settingsBody } from './settings/settings-fixtures';
import { auditBody } from './zoho-fixtures';

type Handler = StubResponse | ((request: Request) => StubResponse | Promise<StubResponse>);

/** What the fake BFF currently holds; handlers of a test change it the way the real one would. */
export interface ZohoServerState {
  connection: Connection;
}

const INTEGRATION_STATUS: Record<ConnectionStatus, 'not_connected' | 'connected' | 'needs_reconnect'> = {
  not_connected: 'not_connected',
  choose_org: 'not_connected',
  connected: 'connected',
  needs_reconnect: 'needs_reconnect',
};

/**
 * The tenant admin's Zoho CRM page against a stateful fake of the BFF at the fetch boundary: GETs
 * answer from `server`, and the test's own handlers (mutations) update it.
 */
export function stubZohoPage(
  initial: Connection,
  routes: (server: ZohoServerState) => Record<string, Handler> = () => ({}),
): { server: ZohoServerState; stub: FetchStub; bodyOf: (key: string, index?: number) => Promise<unknown> } {
  const server: ZohoServerState = { connection: initial };
  const stub = stubFetch({
    'GET /api/me': { body: meBody('tenant_admin') },
    'GET /api/tenants/acme/integrations': () => ({
      body: integrationsBody(INTEGRATION_STATUS[server.connection.status]),
    }),
    'GET /api/tenants/acme/zoho/connection': () => ({ body: server.connection }),
    'GET /api/tenants/acme/audit': { body: auditBody(1, 0, 0) },
    'GET /api/tenants/acme/issues': { body: { open: [], recentlyClosed: [] } },
    'GET /api/tenants/acme/issues/webhook': { body: { configured: false, url: null, createdAt: null } },
    'GET /api/tenants/acme/customer-data/webhook': { body: NO_CUSTOMER_WEBHOOK },
    // The guided start reads the settings, their preflight, the signing secret and the activity log.
    'GET /api/tenants/acme/settings': { body: settingsBody() },
    'POST /api/tenants/acme/settings/preflight': { body: preflightBody([]) },
    'GET /api/tenants/acme/events/signing-secret': {
      body: { configured: false, createdAt: null, previousValidUntil: null },
    },
    'GET /api/tenants/acme/activity': { body: { events: [], total: 0 } },
    ...routes(server),
  });
  const bodyOf = async (key: string, index = 0): Promise<unknown> => {
    const [method, path] = key.split(' ');
    const matching = stub.requests.filter(
      (request) => request.method === method && new URL(request.url).pathname === path,
    );
    const request = matching[index];
    if (!request) throw new Error(`no request ${key} #${index}`);
    return request.clone().json();
  };
  return { server, stub, bodyOf };
}

export function requestsTo(stub: FetchStub, key: string): Request[] {
  const [method, path] = key.split(' ');
  return stub.requests.filter(
    (request) => request.method === method && new URL(request.url).pathname === path,
  );
}
