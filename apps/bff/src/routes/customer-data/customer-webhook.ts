import {
  deleteCustomerWebhook,
  getCustomerWebhook,
  rotateCustomerWebhookSecret,
  saveCustomerWebhook,
  testCustomerWebhook,
} from '@cxc/shared/api/customer-webhook';
import { actorOf } from '../../audit/record-audit.ts';
import { readCustomerWebhook } from '../../customer-data/webhook/customer-webhook-store.ts';
import * as webhook from '../../customer-data/webhook/save-customer-webhook.ts';
import { testCustomerWebhook as sendTest } from '../../customer-data/webhook/test-customer-webhook.ts';
import { defineRoute } from '../route.ts';
import { TENANT_ADMIN } from './tenant-admin.ts';

/** The platform's "customers changed" webhook (issue 13): tenant admins of their own tenant only. */
export const getCustomerWebhookRoute = defineRoute({
  endpoint: getCustomerWebhook,
  access: TENANT_ADMIN,
  handler: ({ deps, params }) => readCustomerWebhook(deps.pool, params.tenantId),
});

export const saveCustomerWebhookRoute = defineRoute({
  endpoint: saveCustomerWebhook,
  access: TENANT_ADMIN,
  handler: ({ deps, params, body, session }) =>
    webhook.saveCustomerWebhook(deps, params.tenantId, body, actorOf(session)),
});

export const rotateCustomerWebhookSecretRoute = defineRoute({
  endpoint: rotateCustomerWebhookSecret,
  access: TENANT_ADMIN,
  handler: ({ deps, params, session }) =>
    webhook.rotateCustomerWebhookSecret(deps, params.tenantId, actorOf(session)),
});

export const deleteCustomerWebhookRoute = defineRoute({
  endpoint: deleteCustomerWebhook,
  access: TENANT_ADMIN,
  handler: ({ deps, params, session }) =>
    webhook.deleteCustomerWebhook(deps.pool, params.tenantId, actorOf(session)),
});

export const testCustomerWebhookRoute = defineRoute({
  endpoint: testCustomerWebhook,
  access: TENANT_ADMIN,
  handler: ({ deps, params }) => sendTest(deps, params.tenantId),
});
