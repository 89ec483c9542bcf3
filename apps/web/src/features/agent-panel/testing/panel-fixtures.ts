import type { z } from 'zod';
import { getActionForm, getPanelConfig, getScreenPop } from '@cxc/shared/api/agent-panel';
import { stubFetch, type FetchStub, type StubResponse } from '@/testing/fetch-stub';
import { meBody } from '@/testing/fixtures';

type Handler = StubResponse | ((request: Request) => StubResponse | Promise<StubResponse>);

/** Bodies parsed by the contract, so a fixture that drifts from it fails loudly. */
export const configBody = (embedOrigins = ["'self'", 'https://console.example']) =>
  getPanelConfig.response.parse({ embedOrigins, dialUrlTemplate: 'tel:{number}' });

export const janeRecord = {
  module: 'Contacts',
  id: '5001',
  name: 'Jane Roe',
  company: 'Roe & Partners LLC',
  owner: 'Zoe Admin',
  phones: ['+1 (415) 555-0100'],
  email: 'jane.roe@example.com',
  lastActivity: '2026-11-20T10:00:00+00:00',
  url: 'https://crm.zoho.com/crm/tab/Contacts/5001',
  openTasks: [],
  openCases: [
    {
      id: '7001',
      subject: 'Invoice shows wrong amount',
      status: 'New',
      dueDate: null,
      url: 'https://crm.zoho.com/crm/tab/Cases/7001',
    },
  ],
} as const;

export function screenPopBody(
  overrides: Partial<z.input<typeof getScreenPop.response>> = {},
): z.output<typeof getScreenPop.response> {
  return getScreenPop.response.parse({
    outcome: 'found',
    matches: [janeRecord],
    mode: 'manual',
    linked: [],
    dialUrlTemplate: 'tel:{number}',
    elapsedMs: 12,
    ...overrides,
  });
}

export const leadFormBody = () =>
  getActionForm.response.parse({
    module: 'Leads',
    fields: [
      {
        apiName: 'Last_Name',
        label: 'Last Name',
        dataType: 'text',
        mandatory: true,
        length: 80,
        picklist: [],
        value: 'Visitor',
      },
      {
        apiName: 'Email',
        label: 'Email',
        dataType: 'email',
        mandatory: false,
        length: 100,
        picklist: [],
        value: 'vera@example.org',
      },
      {
        apiName: 'Lead_Source',
        label: 'Lead Source',
        dataType: 'picklist',
        mandatory: false,
        length: null,
        picklist: [
          { value: 'Chat', label: 'Chat' },
          { value: 'Web', label: 'Web' },
        ],
        value: 'Chat',
      },
    ],
    owner: { id: '9001', name: 'Alex Agent', source: 'email_match' },
    parent: null,
    needsParent: false,
  });

/** The agent's panel against a fake BFF at the fetch boundary; `routes` adds or overrides answers. */
export function stubPanel(routes: Record<string, Handler> = {}): FetchStub {
  return stubFetch({
    'GET /api/me': { body: meBody('agent') },
    'GET /api/tenants/acme/agent-panel/config': { body: configBody() },
    'GET /api/tenants/acme/agent-panel/screen-pop': { body: screenPopBody() },
    'GET /api/tenants/acme/agent-panel/history': { body: { entries: [] } },
    ...routes,
  });
}
