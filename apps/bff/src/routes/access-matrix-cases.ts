/**
 * Who gets what, for every route in the registry: the cases of access-matrix.integration.test.ts, kept
 * apart so the matrix can grow without the test's own code growing with it.
 */
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { defaultSettings } from '@cxc/shared/domain/settings';

export const PERSONAS = {
  sysadmin: 'sysadmin@cx.example',
  acmeAdmin: 'admin@acme.example',
  globexAdmin: 'admin@globex.example',
  acmeAgent: 'alice@acme.example',
  globexAgent: 'carol@globex.example',
} as const;
export type Persona = keyof typeof PERSONAS | 'anonymous';

export interface MatrixCase {
  params: Record<string, string>;
  body?: unknown;
  expect: Record<Persona, number>;
}

const everyone = (status: number, anonymous = 401) =>
  ({
    anonymous,
    sysadmin: status,
    acmeAdmin: status,
    globexAdmin: status,
    acmeAgent: status,
    globexAgent: status,
  }) as const;

/** A tenant-scoped route for tenant admins: 200 (or `ok`) for their own tenant, 404 for another one. */
const tenantAdminOnly = (body?: unknown, params: Record<string, string> = {}, ok = 200): MatrixCase[] => [
  {
    params: { tenantId: 'acme', ...params },
    body,
    expect: { ...everyone(403), acmeAdmin: ok, globexAdmin: 404 },
  },
  {
    params: { tenantId: 'globex', ...params },
    body,
    expect: { ...everyone(403), acmeAdmin: 404, globexAdmin: ok },
  },
];

/** Agent-panel routes: the tenant's agents and admins; another tenant's agent or admin gets 404. */
const agentPanel = (body?: unknown, params: Record<string, string> = {}, ok = 200): MatrixCase[] => [
  {
    params: { tenantId: 'acme', ...params },
    body,
    expect: { ...everyone(404), anonymous: 401, sysadmin: 403, acmeAdmin: ok, acmeAgent: ok },
  },
  {
    params: { tenantId: 'globex', ...params },
    body,
    expect: { ...everyone(404), anonymous: 401, sysadmin: 403, globexAdmin: ok, globexAgent: ok },
  },
];

/**
 * Who gets what, for every route in the registry. A route missing here fails the first test, so
 * adding an API route forces a decision about every role and tenant.
 */
export const MATRIX: Record<string, MatrixCase[]> = {
  'GET /api/me': [{ params: {}, expect: everyone(200) }],
  'GET /api/tenants/:tenantId/integrations': [
    { params: { tenantId: 'acme' }, expect: { ...everyone(403), acmeAdmin: 200, globexAdmin: 404 } },
    { params: { tenantId: 'globex' }, expect: { ...everyone(403), acmeAdmin: 404, globexAdmin: 200 } },
    {
      params: { tenantId: 'no-such-tenant' },
      expect: { ...everyone(403), acmeAdmin: 404, globexAdmin: 404 },
    },
  ],
  'GET /api/system/tenants': [{ params: {}, expect: { ...everyone(403), sysadmin: 200 } }],
  // Zoho connection (issue 4). No simulator here, so nothing reaches the network: the self-client row
  // names an unknown data center (400 before any call), choosing an org without a consent is a 409.
  'GET /api/system/zoho/clients': [{ params: {}, expect: { ...everyone(403), sysadmin: 200 } }],
  'PUT /api/system/zoho/clients/:dataCenterId': [
    {
      params: { dataCenterId: 'eu' },
      body: { clientId: '1000.MATRIXSYSTEMCLIENT', clientSecret: 'matrix-system-secret-1', enabled: true },
      expect: { ...everyone(403), sysadmin: 200 },
    },
  ],
  'GET /api/tenants/:tenantId/zoho/connection': tenantAdminOnly(),
  'PUT /api/tenants/:tenantId/zoho/config': tenantAdminOnly({
    kind: 'custom',
    dataCenterId: 'eu',
    clientId: '1000.MATRIXCUSTOMCLIENT',
    clientSecret: 'matrix-custom-secret-1',
  }),
  'POST /api/tenants/:tenantId/zoho/authorize': tenantAdminOnly({ mode: 'popup' }),
  'POST /api/tenants/:tenantId/zoho/self-client': tenantAdminOnly(
    {
      dataCenterId: 'xx',
      clientId: '1000.X',
      clientSecret: 'matrix-self-secret-1',
      code: '1000.0123456789abcdef',
    },
    {},
    400,
  ),
  'GET /api/tenants/:tenantId/zoho/orgs': tenantAdminOnly(),
  'POST /api/tenants/:tenantId/zoho/org': tenantAdminOnly({ orgId: '700100100' }, {}, 409),
  'POST /api/tenants/:tenantId/zoho/test': tenantAdminOnly({}),
  'DELETE /api/tenants/:tenantId/zoho/connection': tenantAdminOnly(),
  'GET /api/tenants/:tenantId/audit': tenantAdminOnly(),
  // Integration settings: tenant admins of their own tenant only. Rows run in registry order, so the
  // save rows create version 1 of each tenant before the version and restore rows ask for it.
  'GET /api/tenants/:tenantId/settings': tenantAdminOnly(),
  'PUT /api/tenants/:tenantId/settings': tenantAdminOnly({ settings: defaultSettings(), baseVersion: null }),
  'GET /api/tenants/:tenantId/settings/versions': tenantAdminOnly(),
  'GET /api/tenants/:tenantId/settings/versions/:number': tenantAdminOnly(undefined, { number: '1' }),
  'POST /api/tenants/:tenantId/settings/versions/:number/restore': tenantAdminOnly({}, { number: '1' }),
  // Zoho is not connected in this stack: the admin passes every check and hears 409 from the Zoho client.
  'GET /api/tenants/:tenantId/zoho/metadata': tenantAdminOnly(undefined, {}, 409),
  'GET /api/tenants/:tenantId/zoho/lead-assignment-rules': tenantAdminOnly(undefined, {}, 409),
  'POST /api/tenants/:tenantId/settings/preflight': tenantAdminOnly({ settings: defaultSettings() }, {}, 409),
  'POST /api/tenants/:tenantId/settings/dry-run': tenantAdminOnly(
    { settings: defaultSettings(), event: SAMPLE_EVENTS['chat.ended'] },
    {},
    409,
  ),
  'GET /api/tenants/:tenantId/agents': tenantAdminOnly(),
  // Automation engine (issue 6). The test conversation runs after the rotate rows, so a secret exists;
  // an unknown activity event is a 404 for the allowed callers too.
  'GET /api/tenants/:tenantId/events/signing-secret': tenantAdminOnly(),
  'POST /api/tenants/:tenantId/events/signing-secret': tenantAdminOnly({}),
  'POST /api/tenants/:tenantId/events/test': tenantAdminOnly({
    type: 'chat.ended',
    requestId: '7d0f8a52-3c1e-4b6a-9f2d-5e8c1a4b7f00',
  }),
  'GET /api/tenants/:tenantId/activity': tenantAdminOnly(),
  'GET /api/tenants/:tenantId/activity/:id': tenantAdminOnly(
    undefined,
    { id: '00000000-0000-4000-8000-000000000000' },
    404,
  ),
  'POST /api/tenants/:tenantId/activity/:id/retry': tenantAdminOnly(
    {},
    { id: '00000000-0000-4000-8000-000000000000' },
    404,
  ),
  'POST /api/tenants/:tenantId/activity/retry-failed': tenantAdminOnly({}),
  // Agent panel (issue 7). Zoho is not connected here: allowed callers hear 409 from the Zoho client.
  // Input is checked before the tenant, so a search without its query is a 400 for every allowed role.
  'GET /api/tenants/:tenantId/agent-panel/config': agentPanel(),
  'GET /api/tenants/:tenantId/agent-panel/screen-pop': agentPanel(undefined, {}, 409),
  'GET /api/tenants/:tenantId/agent-panel/search': [
    { params: { tenantId: 'acme' }, expect: { ...everyone(400), sysadmin: 403 } },
  ],
  'GET /api/tenants/:tenantId/agent-panel/records/:module/:id': agentPanel(
    undefined,
    { module: 'Contacts', id: '1' },
    409,
  ),
  'GET /api/tenants/:tenantId/agent-panel/forms/:action': agentPanel(
    undefined,
    { action: 'create_lead' },
    409,
  ),
  'POST /api/tenants/:tenantId/agent-panel/actions/:action': agentPanel(
    { requestId: '3f1c2b7e-9a4d-4c8e-8b1f-2d6e7a9c0b11', context: {}, values: { Last_Name: 'Roe' } },
    { action: 'create_lead' },
    409,
  ),
  'GET /api/tenants/:tenantId/agent-panel/history': agentPanel(undefined, {}, 400),
  // Connection health (issue 16): tenant admins of their own tenant. A public IP literal passes the SSRF
  // guard without a DNS lookup, so the save row needs no network.
  'GET /api/tenants/:tenantId/issues': tenantAdminOnly(),
  'GET /api/tenants/:tenantId/issues/webhook': tenantAdminOnly(),
  'PUT /api/tenants/:tenantId/issues/webhook': tenantAdminOnly({ url: 'https://93.184.215.14/cx-issues' }),
  'DELETE /api/tenants/:tenantId/issues/webhook': tenantAdminOnly(),
  // Customer data (issue 13): tenant admins only; nothing needs Zoho connected but the test search's Zoho half.
  'GET /api/tenants/:tenantId/customer-data': tenantAdminOnly(),
  'PUT /api/tenants/:tenantId/customer-data': tenantAdminOnly({
    mode: 'cache',
    modules: ['Contacts'],
    intervalMinutes: 5,
  }),
  'POST /api/tenants/:tenantId/customer-data/estimate': tenantAdminOnly({
    mode: 'cache',
    modules: ['Contacts', 'Leads'],
    intervalMinutes: 1,
  }),
  'POST /api/tenants/:tenantId/customer-data/modules/:module/reimport': tenantAdminOnly(
    {},
    { module: 'Leads' },
  ),
  // Input is checked before the tenant: without its `q` the test search is a 400 for both admins.
  'GET /api/tenants/:tenantId/customer-data/test-search': [
    { params: { tenantId: 'acme' }, expect: { ...everyone(403), acmeAdmin: 400, globexAdmin: 400 } },
  ],
  // The platform's customer list keys (issue 13): tenant admins of their own tenant; an unknown key is a 404.
  'GET /api/tenants/:tenantId/customer-data/api-keys': tenantAdminOnly(),
  'POST /api/tenants/:tenantId/customer-data/api-keys': tenantAdminOnly({ name: 'Matrix key' }),
  'POST /api/tenants/:tenantId/customer-data/api-keys/:keyId/revoke': [
    {
      params: { tenantId: 'acme', keyId: '00000000-0000-4000-8000-000000000000' },
      expect: { ...everyone(403), acmeAdmin: 404, globexAdmin: 404 },
    },
  ],
  // The "customers changed" webhook (issue 13): tenant admins of their own tenant. Saved with a public IP
  // literal (no DNS lookup), tested and rotated while it exists, then removed: without one they are 404s.
  'GET /api/tenants/:tenantId/customer-data/webhook': tenantAdminOnly(),
  'PUT /api/tenants/:tenantId/customer-data/webhook': tenantAdminOnly({
    url: 'https://93.184.215.14/cx-customers',
    enabled: false,
  }),
  'POST /api/tenants/:tenantId/customer-data/webhook/rotate-secret': tenantAdminOnly(),
  'DELETE /api/tenants/:tenantId/customer-data/webhook': tenantAdminOnly(),
  'POST /api/tenants/:tenantId/customer-data/webhook/test': [
    { params: { tenantId: 'acme' }, expect: { ...everyone(403), acmeAdmin: 404, globexAdmin: 404 } },
  ],
  // The review queue (issue 14): the tenant's agents and admins; an unknown review is a 404.
  'GET /api/tenants/:tenantId/match-reviews': agentPanel(),
  'POST /api/tenants/:tenantId/match-reviews/:id/resolve': agentPanel(
    { choice: { create: true } },
    { id: '00000000-0000-4000-8000-000000000000' },
    404,
  ),
};
