import type { z } from 'zod';
import type { PreflightProblem } from '@cxc/shared/domain/preflight-problem';
import {
  dryRun,
  getSettings,
  getSettingsVersion,
  getZohoMetadata,
  listAgentLinks,
  listSettingsVersions,
  runPreflight,
  saveSettings,
  type sentZohoFieldSchema,
} from '@cxc/shared/api/settings';
import { defaultSettings, type IntegrationSettings } from '@cxc/shared/domain/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { stubFetch, type StubResponse } from '@/testing/fetch-stub';
import { meBody } from '@/testing/fixtures';

/** Every body is parsed by the shared contract, so a fixture that drifts from it fails loudly. */
export const SETTINGS_URL = '/integrations/zoho-crm/settings';
const API = '/api/tenants/acme';

type WireField = z.input<typeof sentZohoFieldSchema>;

/** A field as the BFF sends it: already parsed by the domain's zohoFieldSchema. */
const field = (api_name: string, data_type: string, extra: Partial<WireField> = {}): WireField => ({
  api_name,
  field_label: api_name.replace(/_/g, ' '),
  data_type,
  system_mandatory: false,
  custom_field: false,
  read_only: false,
  length: data_type === 'textarea' ? 32_000 : 255,
  pick_list_values: [],
  ...extra,
});
const picklist = (api_name: string, values: string[], extra: Partial<WireField> = {}) =>
  field(api_name, 'picklist', {
    pick_list_values: values.map((value) => ({ display_value: value, actual_value: value })),
    ...extra,
  });
const mandatory = { system_mandatory: true };

export const FIELDS: Record<string, WireField[]> = {
  Leads: [
    field('Owner', 'ownerlookup'),
    field('First_Name', 'text', { length: 40 }),
    field('Last_Name', 'text', { ...mandatory, length: 80 }),
    field('Email', 'email'),
    field('Phone', 'phone'),
    field('Company', 'text'),
    field('No_of_Employees', 'integer'),
    picklist('Lead_Source', ['Chat', 'Web Download']),
    field('Description', 'textarea'),
    field('rs_utm_source', 'text', { custom_field: true, field_label: 'UTM Source' }),
  ],
  Contacts: [
    field('Owner', 'ownerlookup'),
    field('Last_Name', 'text', { ...mandatory, length: 80 }),
    field('Email', 'email'),
    field('Phone', 'phone'),
    field('Account_Name', 'lookup'),
  ],
  Accounts: [field('Account_Name', 'text', mandatory)],
  Deals: [
    field('Deal_Name', 'text', mandatory),
    picklist('Stage', ['Qualification', 'Closed Won'], mandatory),
    picklist('Pipeline', ['Standard', 'Partner'], mandatory),
  ],
  Tasks: [field('Subject', 'text', mandatory), field('Due_Date', 'date'), field('Description', 'textarea')],
  Cases: [
    field('Subject', 'text', mandatory),
    field('Description', 'textarea'),
    picklist('Status', ['New', 'Closed'], mandatory),
    picklist('Case_Origin', ['Email', 'Phone', 'Web'], mandatory),
    field('Email', 'email'),
    field('Phone', 'phone'),
  ],
  Calls: [
    field('Subject', 'text', mandatory),
    field('Description', 'textarea'),
    picklist('Call_Result', ['-None-', 'Interested', 'Busy', 'Requested more info']),
    field('Call_Agenda', 'text'),
    picklist('Call_Outcome', ['-None-', 'Reached', 'Voicemail'], { custom_field: true }),
  ],
  Notes: [field('Note_Title', 'text'), field('Note_Content', 'textarea', mandatory)],
};

export const USERS = [
  { id: '1001', email: 'ann@acme.test', full_name: 'Ann Agent' },
  { id: '1002', email: 'sam@acme.test', full_name: 'Sam Senior' },
  { id: '1003', email: 'old@acme.test', full_name: 'Olga Old', status: 'disabled' },
];

export function settingsBody(
  settings: IntegrationSettings = defaultSettings(),
  number: number | null = 3,
): z.output<typeof getSettings.response> {
  return getSettings.response.parse({ settings, version: number === null ? null : versionSummary(number) });
}

export function versionSummary(number: number, restoredFrom: number | null = null) {
  return {
    number,
    savedAt: `2026-05-0${Math.min(number, 9)}T10:00:00.000Z`,
    savedBy: { email: 'tara@acme.example', name: 'Tara Admin' },
    restoredFrom,
  };
}

export function savedBody(settings: IntegrationSettings, number: number) {
  return saveSettings.response.parse({ settings, version: versionSummary(number) });
}

export function metadataBody({
  failures = [],
  without = [],
}: { failures?: { module: string; code: string; message: string }[]; without?: string[] } = {}) {
  const fieldsByModule = Object.fromEntries(
    Object.entries(FIELDS).filter(([module]) => !without.includes(module)),
  );
  return getZohoMetadata.response.parse({
    fieldsByModule,
    users: USERS,
    failures,
    fetchedAt: '2026-05-01T10:00:00Z',
  });
}

export function agentsBody() {
  return listAgentLinks.response.parse({
    agents: [
      { email: 'ann@acme.test', name: 'Ann Agent', zohoUserId: '1001', source: 'auto' },
      { email: 'bob@acme.test', name: 'Bob Builder', zohoUserId: null, source: 'none' },
    ],
  });
}

export function versionsBody(numbers: number[] = [3, 2, 1], total = numbers.length) {
  return listSettingsVersions.response.parse({
    versions: numbers.map((number) => versionSummary(number, number === 3 ? 1 : null)),
    total,
  });
}

export function versionBody(number: number, changes: z.input<typeof getSettingsVersion.response>['changes']) {
  return getSettingsVersion.response.parse({
    version: versionSummary(number),
    settings: defaultSettings(),
    changes,
  });
}

type WireProblem = z.input<typeof runPreflight.response>['problems'][number];

/** A preflight answer; the problems may come from @cxc/shared/testing/preflight-problems (domain-typed). */
export function preflightBody(problems: readonly (WireProblem | PreflightProblem)[]) {
  return runPreflight.response.parse({ problems, ready: !problems.some((p) => p.severity === 'error') });
}

export function planBody(plan: z.input<typeof dryRun.response>['plan']) {
  return dryRun.response.parse({ plan });
}

type Handler = StubResponse | ((request: Request) => StubResponse | Promise<StubResponse>);

/** The editor's API for tenant "acme": current settings, metadata, agents; add or replace routes. */
export function stubSettingsApi(routes: Record<string, Handler> = {}) {
  return stubFetch({
    'GET /api/me': { body: meBody('tenant_admin') },
    [`GET ${API}/settings`]: { body: settingsBody() },
    [`GET ${API}/zoho/metadata`]: { body: metadataBody() },
    [`GET ${API}/agents`]: { body: agentsBody() },
    [`GET ${API}/settings/versions`]: { body: versionsBody() },
    ...routes,
  });
}

export const api = (path: string) => `${API}${path}`;

/** PUT /settings answering like the BFF: the settings sent, saved as version `number`. */
export function echoSave(number: number) {
  return async (request: Request): Promise<StubResponse> => {
    const body = endpointBody(saveSettings).parse(await request.clone().json());
    return { body: savedBody(body.settings, number) };
  };
}

/** The parsed body of the first request with this method (PUT, POST …). */
export async function sentBody(requests: Request[], method: string, path?: string): Promise<unknown> {
  const request = requests.find(
    (r) => r.method === method && (!path || new URL(r.url).pathname === api(path)),
  );
  if (!request) throw new Error(`no ${method} ${path ?? ''} request was sent`);
  return request.clone().json();
}
