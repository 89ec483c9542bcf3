import { getActionFormRoute } from './agent-panel/get-action-form.ts';
import { getPanelConfigRoute } from './agent-panel/get-panel-config.ts';
import { getPanelRecordRoute } from './agent-panel/get-panel-record.ts';
import { getScreenPopRoute } from './agent-panel/get-screen-pop.ts';
import { listHistoryRoute } from './agent-panel/list-history.ts';
import { runActionRoute } from './agent-panel/run-action.ts';
import { searchZohoRoute } from './agent-panel/search-zoho.ts';
import { getActivityEventRoute } from './activity/get-activity-event.ts';
import { listActivityRoute } from './activity/list-activity.ts';
import { retryActivityEventRoute } from './activity/retry-activity-event.ts';
import { retryFailedActivityRoute } from './activity/retry-failed-activity.ts';
import { getSigningSecretRoute } from './events/get-signing-secret.ts';
import { rotateSigningSecretRoute } from './events/rotate-signing-secret.ts';
import { sendTestConversationRoute } from './events/send-test-conversation.ts';
import { listAuditRoute } from './audit/list-audit.ts';
import { deleteIssueWebhookRoute } from './connection-issues/delete-issue-webhook.ts';
import { getIssueWebhookRoute } from './connection-issues/get-issue-webhook.ts';
import { listConnectionIssuesRoute } from './connection-issues/list-connection-issues.ts';
import { saveIssueWebhookRoute } from './connection-issues/save-issue-webhook.ts';
import { estimateCustomerDataRoute } from './customer-data/estimate-customer-data.ts';
import { getCustomerDataRoute } from './customer-data/get-customer-data.ts';
import { reimportCustomerDataRoute } from './customer-data/reimport-customer-data.ts';
import { saveCustomerDataRoute } from './customer-data/save-customer-data.ts';
import { testCustomerSearchRoute } from './customer-data/test-customer-search.ts';
import { createApiKeyRoute } from './customer-data/create-api-key.ts';
import {
  deleteCustomerWebhookRoute,
  getCustomerWebhookRoute,
  rotateCustomerWebhookSecretRoute,
  saveCustomerWebhookRoute,
  testCustomerWebhookRoute,
} from './customer-data/customer-webhook.ts';
import { listApiKeysRoute } from './customer-data/list-api-keys.ts';
import { revokeApiKeyRoute } from './customer-data/revoke-api-key.ts';
import type { Route } from './route.ts';
import { listMatchReviewsRoute } from './match-reviews/list-match-reviews.ts';
import { resolveMatchReviewRoute } from './match-reviews/resolve-match-review.ts';
import { listLeadAssignmentRulesRoute } from './zoho-automation/list-lead-assignment-rules.ts';
import { getMeRoute } from './session/get-me.ts';
import { dryRunRoute } from './settings/dry-run.ts';
import { getSettingsRoute } from './settings/get-settings.ts';
import { getSettingsVersionRoute } from './settings/get-settings-version.ts';
import { getZohoMetadataRoute } from './settings/get-zoho-metadata.ts';
import { listAgentLinksRoute } from './settings/list-agent-links.ts';
import { listSettingsVersionsRoute } from './settings/list-settings-versions.ts';
import { restoreSettingsVersionRoute } from './settings/restore-settings-version.ts';
import { runPreflightRoute } from './settings/run-preflight.ts';
import { saveSettingsRoute } from './settings/save-settings.ts';
import { listTenantsRoute } from './system/list-tenants.ts';
import { listZohoClientsRoute } from './system/list-zoho-clients.ts';
import { saveZohoClientRoute } from './system/save-zoho-client.ts';
import { listIntegrationsRoute } from './integrations/list-integrations.ts';
import { chooseOrgRoute } from './zoho-connection/choose-org.ts';
import { disconnectRoute } from './zoho-connection/disconnect.ts';
import { getConnectionRoute } from './zoho-connection/get-connection.ts';
import { listAvailableOrgsRoute } from './zoho-connection/list-available-orgs.ts';
import { redeemSelfClientCodeRoute } from './zoho-connection/redeem-self-client-code.ts';
import { saveConnectionConfigRoute } from './zoho-connection/save-connection-config.ts';
import { startAuthorizationRoute } from './zoho-connection/start-authorization.ts';
import { testConnectionRoute } from './zoho-connection/test-connection.ts';

/** Every API route. The access-matrix test iterates this list, so a new route must get a matrix row. */
export const routes: readonly Route[] = [
  getMeRoute,
  listIntegrationsRoute,
  listTenantsRoute,
  // Zoho connection (issue 4)
  listZohoClientsRoute,
  saveZohoClientRoute,
  getConnectionRoute,
  saveConnectionConfigRoute,
  startAuthorizationRoute,
  redeemSelfClientCodeRoute,
  listAvailableOrgsRoute,
  chooseOrgRoute,
  testConnectionRoute,
  disconnectRoute,
  listAuditRoute,
  // Integration settings (issue 5)
  getSettingsRoute,
  saveSettingsRoute,
  listSettingsVersionsRoute,
  getSettingsVersionRoute,
  restoreSettingsVersionRoute,
  getZohoMetadataRoute,
  runPreflightRoute,
  dryRunRoute,
  listAgentLinksRoute,
  // Automation engine (issue 6)
  getSigningSecretRoute,
  rotateSigningSecretRoute,
  sendTestConversationRoute,
  listActivityRoute,
  getActivityEventRoute,
  retryActivityEventRoute,
  retryFailedActivityRoute,
  // Agent panel (issue 7)
  getPanelConfigRoute,
  getScreenPopRoute,
  searchZohoRoute,
  getPanelRecordRoute,
  getActionFormRoute,
  runActionRoute,
  listHistoryRoute,
  // Connection health (issue 16)
  listConnectionIssuesRoute,
  getIssueWebhookRoute,
  saveIssueWebhookRoute,
  deleteIssueWebhookRoute,
  // Customer data (issue 13)
  getCustomerDataRoute,
  saveCustomerDataRoute,
  estimateCustomerDataRoute,
  reimportCustomerDataRoute,
  testCustomerSearchRoute,
  listApiKeysRoute,
  createApiKeyRoute,
  revokeApiKeyRoute,
  getCustomerWebhookRoute,
  saveCustomerWebhookRoute,
  rotateCustomerWebhookSecretRoute,
  deleteCustomerWebhookRoute,
  // After the delete: the access matrix and the fuzzer then send no test to a real address.
  testCustomerWebhookRoute,
  // One record per real-world thing (issue 14): the review queue of several matches
  listMatchReviewsRoute,
  resolveMatchReviewRoute,
  // …and the org's Lead assignment rules a new Lead's owner may come from
  listLeadAssignmentRulesRoute,
];
