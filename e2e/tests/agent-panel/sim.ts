import { expect, type Page } from '@playwright/test';
import { E2E_PORTS } from '../../fixtures/ports.ts';

/** The e2e stack's Zoho simulator (US DC paths `/us/accounts`, `/us/api`) and its test controls. */
export const SIM_URL = `http://127.0.0.1:${E2E_PORTS.sim}`;

const SCOPES = [
  'ZohoCRM.modules.ALL',
  'ZohoCRM.settings.ALL',
  'ZohoCRM.users.READ',
  'ZohoCRM.org.READ',
  'ZohoCRM.coql.READ',
  'ZohoSearch.securesearch.READ',
];

interface Grant {
  client_id: string;
  client_secret: string;
  code: string;
}

/** A self client and a one-time grant code for a Zoho user, as Zoho's API console issues them. */
async function selfClient(page: Page, userEmail: string): Promise<Grant> {
  const response = await page.request.post(`${SIM_URL}/__sim/self-client`, {
    data: { user_email: userEmail, scope: SCOPES },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as Grant;
}

/**
 * Connects the signed-in tenant admin's tenant to the simulator through the product's own Self Client
 * flow, from the browser (same cookies, CSRF token and Origin as the console sends).
 */
export async function connectTenantToSim(
  page: Page,
  tenantId: string,
  zohoUserEmail: string,
  dataCenterId = 'sim-us',
): Promise<void> {
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const current = (await (await page.request.get(`/api/tenants/${tenantId}/zoho/connection`)).json()) as {
    status?: string;
  };
  if (current.status === 'connected') return;
  const grant = await selfClient(page, zohoUserEmail);
  const response = await page.request.post(`/api/tenants/${tenantId}/zoho/self-client`, {
    headers: { 'x-csrf-token': me.csrfToken, origin: new URL(page.url()).origin },
    data: {
      dataCenterId,
      clientId: grant.client_id,
      clientSecret: grant.client_secret,
      code: grant.code,
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** The org's Zoho admin's authorization header, as a script calling the CRM API would send it. */
async function adminAuthorization(page: Page): Promise<{ authorization: string }> {
  const grant = await selfClient(page, 'zoho-admin@acme.example');
  const token = await page.request.post(`${SIM_URL}/us/accounts/oauth/v2/token`, {
    form: {
      grant_type: 'authorization_code',
      client_id: grant.client_id,
      client_secret: grant.client_secret,
      code: grant.code,
    },
  });
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  return { authorization: `Zoho-oauthtoken ${accessToken}` };
}

/** Reads a record straight from the simulator's CRM API with a token of the org's Zoho admin. */
export async function simRecord(
  page: Page,
  module: string,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const response = await page.request.get(`${SIM_URL}/us/api/crm/v2/${module}/${id}`, {
    headers: await adminAuthorization(page),
  });
  if (response.status() === 204) return undefined;
  const body = (await response.json()) as { data: Record<string, unknown>[] };
  return body.data[0];
}

interface SimRequest {
  method: string;
  path: string;
  status: number;
}

/** The simulator's request-log cursor: pass it to simApiRequests to see only what came after. */
export async function simLastSeq(page: Page): Promise<number> {
  const response = await page.request.get(`${SIM_URL}/__sim/requests?host=api`);
  return ((await response.json()) as { last_seq: number }).last_seq;
}

/** The CRM API requests the simulator answered after `since`. */
export async function simApiRequests(page: Page, since: number): Promise<SimRequest[]> {
  const response = await page.request.get(`${SIM_URL}/__sim/requests?host=api&since=${since}`);
  return ((await response.json()) as { requests: SimRequest[] }).requests;
}

/** Creates records in the org as its Zoho admin would (CRM API insert); returns their ids in order. */
export async function simInsert(page: Page, module: string, records: Record<string, unknown>[]) {
  const response = await page.request.post(`${SIM_URL}/us/api/crm/v2/${module}`, {
    headers: await adminAuthorization(page),
    data: { data: records },
  });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { data: { details: { id: string } }[] };
  return body.data.map((row) => row.details.id);
}

/** Deletes records a spec made, so the org looks as it did before the spec. */
export async function simDelete(page: Page, module: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const response = await page.request.delete(`${SIM_URL}/us/api/crm/v2/${module}?ids=${ids.join(',')}`, {
    headers: await adminAuthorization(page),
  });
  expect(response.status(), await response.text()).toBe(200);
}
