import type { z } from 'zod';
import {
  type ActivityEvent,
  activityEventSchema,
  getActivityEvent,
  listActivity,
} from '@cxc/shared/api/activity';
import { type SigningSecretStatus, signingSecretStatusSchema } from '@cxc/shared/api/events';
import { stubFetch, type FetchStub, type StubResponse } from '@/testing/fetch-stub';
import { meBody } from '@/testing/fixtures';

type Handler = StubResponse | ((request: Request) => StubResponse | Promise<StubResponse>);

export const LIST = 'GET /api/tenants/acme/activity';
export const SECRET = '/api/tenants/acme/events/signing-secret';

/** Bodies parsed by the contract, so a fixture that drifts from it fails loudly. */
export function eventBody(overrides: Partial<z.input<typeof activityEventSchema>> = {}): ActivityEvent {
  return activityEventSchema.parse({
    id: '0d5f1f2e-8c1a-4c8e-9a51-3f1f4a9e0001',
    eventId: 'evt-1',
    type: 'chat.ended',
    channel: 'web_chat',
    conversationId: 'conv-1',
    visitor: { name: 'Jane Roe', email: 'jane@example.com', phone: null },
    occurredAt: '2026-11-20T10:00:00.000Z',
    receivedAt: '2026-11-20T10:00:01.000Z',
    updatedAt: '2026-11-20T10:00:02.000Z',
    status: 'done',
    skipReason: null,
    rule: { id: 'r1', name: 'Every chat' },
    attempts: 1,
    nextAttemptAt: null,
    records: [],
    error: null,
    test: false,
    ...overrides,
  });
}

export const doneEvent = () =>
  eventBody({
    records: [
      {
        step: 1,
        module: 'Leads',
        role: 'person',
        action: 'created',
        recordId: '4001',
        webUrl: 'https://crm.zoho.eu/crm/tab/Leads/4001',
      },
      { step: 2, module: 'Tasks', role: 'activity', action: 'updated', recordId: '4002', webUrl: null },
    ],
  });

export const failedEvent = () =>
  eventBody({
    id: '0d5f1f2e-8c1a-4c8e-9a51-3f1f4a9e0002',
    eventId: 'evt-2',
    type: 'call.ended',
    channel: 'calls',
    conversationId: 'call-7',
    visitor: { name: null, email: null, phone: '+49 30 1234567' },
    status: 'failed',
    rule: { id: 'r2', name: 'Missed calls' },
    attempts: 3,
    error: {
      code: 'MANDATORY_NOT_FOUND',
      message: 'required field not found',
      module: 'Leads',
      field: 'Last_Name',
      step: 1,
    },
  });

export const retryingEvent = () =>
  eventBody({
    id: '0d5f1f2e-8c1a-4c8e-9a51-3f1f4a9e0003',
    eventId: 'evt-3',
    status: 'retrying',
    attempts: 2,
    nextAttemptAt: '2026-11-20T10:05:00.000Z',
    error: {
      code: 'zoho_unreachable',
      message: 'connect ECONNREFUSED',
      module: null,
      field: null,
      step: null,
    },
  });

export const skippedEvent = () =>
  eventBody({
    id: '0d5f1f2e-8c1a-4c8e-9a51-3f1f4a9e0004',
    eventId: 'evt-4',
    status: 'skipped',
    skipReason: 'no_rule_matched',
    rule: null,
    attempts: 0,
  });

export function listBody(
  events: ActivityEvent[],
  total = events.length,
): z.output<typeof listActivity.response> {
  return listActivity.response.parse({ events, total });
}

export function detailBody(event: ActivityEvent): z.output<typeof getActivityEvent.response> {
  return getActivityEvent.response.parse({
    event,
    payload: {},
    evaluations: [
      {
        ruleId: 'r0',
        ruleName: 'VIP chats',
        passed: false,
        failedCondition: { at: 'condition', index: 0, kind: 'queue', actual: 'Support' },
      },
      { ruleId: 'r1', ruleName: 'Every chat', passed: true },
    ],
    operations: [
      {
        step: 1,
        status: 'done',
        operation: {
          step: 1,
          role: 'person',
          module: 'Leads',
          kind: 'create',
          fields: { Last_Name: 'Roe' },
          links: [],
          payload: {},
        },
        recordId: '4001',
        webUrl: 'https://crm.zoho.eu/crm/tab/Leads/4001',
        error: null,
      },
    ],
  });
}

export function secretBody(overrides: Partial<SigningSecretStatus> = {}): SigningSecretStatus {
  return signingSecretStatusSchema.parse({
    configured: false,
    createdAt: null,
    previousValidUntil: null,
    ...overrides,
  });
}

/** The activity page against a fake BFF at the fetch boundary; `routes` add or replace answers. */
export function stubActivityPage(events: ActivityEvent[], routes: Record<string, Handler> = {}): FetchStub {
  return stubFetch({
    'GET /api/me': { body: meBody('tenant_admin') },
    [LIST]: { body: listBody(events) },
    [`GET ${SECRET}`]: { body: secretBody() },
    ...routes,
  });
}
