import { randomUUID } from 'node:crypto';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { defaultSettings } from '@cxc/shared/domain/settings';

export type Caller = 'sysadmin' | 'acmeAdmin' | 'alice' | 'globexAdmin';

/**
 * A request to one route that passes its checks: the fuzz test changes one part of it at a time. Routes
 * that change the connection run against Globex after everything else (`last`), so Acme stays connected
 * for the routes that need Zoho.
 */
export interface RouteSample {
  as: Caller;
  params: Record<string, string>;
  query?: Record<string, string>;
  body?: (current: { settings: unknown; settingsVersion: number | null }) => unknown;
  last?: boolean;
}

const acme = { tenantId: 'acme' };
const globex = { tenantId: 'globex' };
const panelContext = {
  conversationId: 'fuzz-conv',
  channel: 'chat',
  name: 'Fuzz Visitor',
  phone: '+14155550199',
};

/** Keyed `METHOD path` like the registry; the test fails when a route has no sample. */
export const ROUTE_SAMPLES: Record<string, RouteSample> = {
  'GET /api/me': { as: 'alice', params: {} },
  'GET /api/tenants/:tenantId/integrations': { as: 'acmeAdmin', params: acme },
  'GET /api/system/tenants': { as: 'sysadmin', params: {} },
  'GET /api/system/zoho/clients': { as: 'sysadmin', params: {} },
  // `au` is no data center either stack tenant uses, so a saved client changes nobody's connection.
  'PUT /api/system/zoho/clients/:dataCenterId': {
    as: 'sysadmin',
    params: { dataCenterId: 'au' },
    body: () => ({ clientId: '1000.FUZZCLIENT', clientSecret: 'fuzz-client-secret-0001', enabled: true }),
  },
  'GET /api/tenants/:tenantId/zoho/connection': { as: 'acmeAdmin', params: acme },
  'PUT /api/tenants/:tenantId/zoho/config': {
    as: 'globexAdmin',
    params: globex,
    body: () => ({ kind: 'system', dataCenterId: 'sim-eu' }),
    last: true,
  },
  'POST /api/tenants/:tenantId/zoho/authorize': {
    as: 'globexAdmin',
    params: globex,
    body: () => ({ mode: 'popup' }),
    last: true,
  },
  'POST /api/tenants/:tenantId/zoho/self-client': {
    as: 'globexAdmin',
    params: globex,
    body: () => ({
      dataCenterId: 'sim-eu',
      clientId: '1000.FUZZSELF',
      clientSecret: 'fuzz-self-secret-0001',
      code: '1000.fuzzcode.fuzzcode',
    }),
    last: true,
  },
  'GET /api/tenants/:tenantId/zoho/orgs': { as: 'acmeAdmin', params: acme },
  'POST /api/tenants/:tenantId/zoho/org': {
    as: 'globexAdmin',
    params: globex,
    body: () => ({ orgId: '20002' }),
    last: true,
  },
  'POST /api/tenants/:tenantId/zoho/test': { as: 'acmeAdmin', params: acme },
  'DELETE /api/tenants/:tenantId/zoho/connection': { as: 'globexAdmin', params: globex, last: true },
  'GET /api/tenants/:tenantId/audit': { as: 'acmeAdmin', params: acme, query: { page: '1', perPage: '20' } },
  'GET /api/tenants/:tenantId/settings': { as: 'acmeAdmin', params: acme },
  'PUT /api/tenants/:tenantId/settings': {
    as: 'acmeAdmin',
    params: acme,
    body: ({ settings, settingsVersion }) => ({ settings, baseVersion: settingsVersion }),
  },
  'GET /api/tenants/:tenantId/settings/versions': {
    as: 'acmeAdmin',
    params: acme,
    query: { page: '1', perPage: '20' },
  },
  'GET /api/tenants/:tenantId/settings/versions/:number': {
    as: 'acmeAdmin',
    params: { ...acme, number: '1' },
  },
  'POST /api/tenants/:tenantId/settings/versions/:number/restore': {
    as: 'acmeAdmin',
    params: { ...acme, number: '1' },
  },
  'GET /api/tenants/:tenantId/zoho/metadata': { as: 'acmeAdmin', params: acme, query: { refresh: 'false' } },
  'GET /api/tenants/:tenantId/zoho/lead-assignment-rules': {
    as: 'acmeAdmin',
    params: acme,
    query: { refresh: '1' },
  },
  'POST /api/tenants/:tenantId/settings/preflight': {
    as: 'acmeAdmin',
    params: acme,
    body: ({ settings }) => ({ settings }),
  },
  'POST /api/tenants/:tenantId/settings/dry-run': {
    as: 'acmeAdmin',
    params: acme,
    body: () => ({ settings: defaultSettings({ defaultCountry: 'US' }), event: SAMPLE_EVENTS['chat.ended'] }),
  },
  'GET /api/tenants/:tenantId/agents': { as: 'acmeAdmin', params: acme },
  'GET /api/tenants/:tenantId/events/signing-secret': { as: 'acmeAdmin', params: acme },
  'POST /api/tenants/:tenantId/events/signing-secret': { as: 'acmeAdmin', params: acme },
  'POST /api/tenants/:tenantId/events/test': {
    as: 'acmeAdmin',
    params: acme,
    body: () => ({ type: 'chat.ended' }),
  },
  'GET /api/tenants/:tenantId/activity': {
    as: 'acmeAdmin',
    params: acme,
    query: { status: 'failed', channel: 'chat', q: 'Ada', page: '1', perPage: '25' },
  },
  'GET /api/tenants/:tenantId/activity/:id': { as: 'acmeAdmin', params: { ...acme, id: randomUUID() } },
  'POST /api/tenants/:tenantId/activity/:id/retry': {
    as: 'acmeAdmin',
    params: { ...acme, id: randomUUID() },
  },
  'POST /api/tenants/:tenantId/activity/retry-failed': { as: 'acmeAdmin', params: acme },
  'GET /api/tenants/:tenantId/agent-panel/config': { as: 'alice', params: acme },
  'GET /api/tenants/:tenantId/agent-panel/screen-pop': { as: 'alice', params: acme, query: panelContext },
  'GET /api/tenants/:tenantId/agent-panel/search': {
    as: 'alice',
    params: acme,
    query: { by: 'phone', q: '4155550100', country: 'US' },
  },
  'GET /api/tenants/:tenantId/agent-panel/records/:module/:id': {
    as: 'alice',
    params: { ...acme, module: 'Leads', id: '5117267000001000005' },
  },
  'GET /api/tenants/:tenantId/agent-panel/forms/:action': {
    as: 'alice',
    params: { ...acme, action: 'create_lead' },
    query: panelContext,
  },
  'POST /api/tenants/:tenantId/agent-panel/actions/:action': {
    as: 'alice',
    params: { ...acme, action: 'create_lead' },
    body: () => ({ requestId: randomUUID(), context: panelContext, values: { Last_Name: 'Visitor' } }),
  },
  'GET /api/tenants/:tenantId/agent-panel/history': {
    as: 'alice',
    params: acme,
    query: { conversationId: 'fuzz-conv', leadPhone: '+14155550199', country: 'US' },
  },
  'GET /api/tenants/:tenantId/issues': { as: 'acmeAdmin', params: acme },
  'GET /api/tenants/:tenantId/issues/webhook': { as: 'acmeAdmin', params: acme },
  // A public IP literal: the SSRF guard passes it without a DNS lookup.
  'PUT /api/tenants/:tenantId/issues/webhook': {
    as: 'acmeAdmin',
    params: acme,
    body: () => ({ url: 'https://93.184.215.14/cx-issues' }),
  },
  'DELETE /api/tenants/:tenantId/issues/webhook': { as: 'acmeAdmin', params: acme },
  'GET /api/tenants/:tenantId/customer-data': { as: 'acmeAdmin', params: acme },
  'PUT /api/tenants/:tenantId/customer-data': {
    as: 'acmeAdmin',
    params: acme,
    body: () => ({ mode: 'cache', modules: ['Contacts', 'Leads'], intervalMinutes: 5 }),
  },
  'POST /api/tenants/:tenantId/customer-data/estimate': {
    as: 'acmeAdmin',
    params: acme,
    body: () => ({ mode: 'auto', modules: ['Accounts'], intervalMinutes: 60 }),
  },
  'POST /api/tenants/:tenantId/customer-data/modules/:module/reimport': {
    as: 'acmeAdmin',
    params: { ...acme, module: 'Contacts' },
  },
  'GET /api/tenants/:tenantId/customer-data/test-search': {
    as: 'acmeAdmin',
    params: acme,
    query: { q: '+1 415 555 0100' },
  },
  'GET /api/tenants/:tenantId/customer-data/api-keys': { as: 'acmeAdmin', params: acme },
  'POST /api/tenants/:tenantId/customer-data/api-keys': {
    as: 'acmeAdmin',
    params: acme,
    body: () => ({ name: 'Fuzz key' }),
  },
  'POST /api/tenants/:tenantId/customer-data/api-keys/:keyId/revoke': {
    as: 'acmeAdmin',
    params: { ...acme, keyId: randomUUID() },
  },
  'GET /api/tenants/:tenantId/customer-data/webhook': { as: 'acmeAdmin', params: acme },
  'PUT /api/tenants/:tenantId/customer-data/webhook': {
    as: 'acmeAdmin',
    params: acme,
    body: () => ({ url: 'https://93.184.215.14/cx-customers', enabled: false }),
  },
  'POST /api/tenants/:tenantId/customer-data/webhook/rotate-secret': { as: 'acmeAdmin', params: acme },
  'DELETE /api/tenants/:tenantId/customer-data/webhook': { as: 'acmeAdmin', params: acme },
  // Run after the delete (route order): a 404 for every input, so no test is sent to a real address.
  'POST /api/tenants/:tenantId/customer-data/webhook/test': { as: 'acmeAdmin', params: acme },
  'GET /api/tenants/:tenantId/match-reviews': {
    as: 'alice',
    params: acme,
    query: { status: 'open', page: '1', perPage: '20' },
  },
  'POST /api/tenants/:tenantId/match-reviews/:id/resolve': {
    as: 'alice',
    params: { ...acme, id: randomUUID() },
    body: () => ({ choice: { recordId: '5117267000001000005', module: 'Contacts' } }),
  },
};
