import { expect, type Page } from '@playwright/test';
import { SIM_URL } from '../agent-panel/sim.ts';

interface SimStoredRecord {
  id: string;
  values: Record<string, unknown>;
}

/** The Zoho org a tenant is connected to, as the console shows it. */
export async function connectedOrgId(page: Page, tenantId: string): Promise<string> {
  const response = await page.request.get(`/api/tenants/${tenantId}/zoho/connection`);
  const body = (await response.json()) as { org?: { id: string } | null };
  if (!body.org) throw new Error(`${tenantId} is not connected to a Zoho org`);
  return body.org.id;
}

/** The Zoho id of the org's Contact whose Last_Name is `lastName` (the simulator's control dump). */
export async function contactIdByLastName(page: Page, orgId: string, lastName: string): Promise<string> {
  const response = await page.request.get(`${SIM_URL}/__sim/crm/records/${orgId}/Contacts`);
  expect(response.status()).toBe(200);
  const { records } = (await response.json()) as { records: SimStoredRecord[] };
  const found = records.find((r) => r.values.Last_Name === lastName);
  if (!found) throw new Error(`no Acme Contact named ${lastName}`);
  return found.id;
}

/** Another Zoho user edits a Contact in Zoho's own screens (a mass update of one record). */
export async function renameInZoho(page: Page, orgId: string, id: string, lastName: string): Promise<void> {
  const response = await page.request.post(`${SIM_URL}/__sim/crm/mass-change`, {
    data: {
      org_id: orgId,
      module: 'Contacts',
      ids: [id],
      as_user: 'dan@acme.example',
      set: { Last_Name: lastName },
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

export interface MirrorSettings {
  mode: string;
  modules: string[];
  intervalMinutes: number;
}

/** The tenant's customer-data settings as the console reads them. */
export async function readMirrorSettings(page: Page, tenantId: string): Promise<MirrorSettings> {
  const response = await page.request.get(`/api/tenants/${tenantId}/customer-data`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { settings: MirrorSettings }).settings;
}

/** Saves customer-data settings from the signed-in browser (CSRF token and Origin as the console sends). */
export async function saveMirrorSettings(page: Page, tenantId: string, settings: MirrorSettings) {
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const response = await page.request.put(`/api/tenants/${tenantId}/customer-data`, {
    headers: { 'x-csrf-token': me.csrfToken, origin: new URL(page.url()).origin },
    data: settings,
  });
  expect(response.status(), await response.text()).toBe(200);
}
