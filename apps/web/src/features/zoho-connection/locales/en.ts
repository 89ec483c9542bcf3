/**
 * The `zohoConnection` namespace: what the connection card says about the live connection, the saved
 * configuration and the recent attempts, and the system admin's per-data-center usage of system clients.
 */
export const zohoConnectionEn = {
  live: {
    heading: 'Live connection',
    client: 'Client in use',
    dataCenter: 'Data center that issued the access',
    since: 'Access held since',
    kind: {
      system: 'The platform’s system client',
      custom: 'Your own client (custom configuration)',
      self_client: 'A Self Client code',
      unknown: 'Not recorded (connected before the connector noted it)',
    },
  },
  saved: {
    heading: 'Saved configuration',
    hint: 'Used by the next Connect or Reconnect. Saving it does not change the live connection.',
    way: 'How to connect',
    dataCenter: 'Data center',
    selfClient: 'Self Client (a client from Zoho’s API console, used with codes)',
    differs:
      'The saved configuration is not the one that is live: the next reconnect uses {{way}} in the {{dataCenter}} data center.',
  },
  otherDataCenter:
    'Your Zoho account is in the {{actual}} data center, not in {{chosen}} as saved. Zoho issued the access there and the connector uses it; nothing needs to change.',
  selfClient: {
    reconnectHint:
      'This connection came from a Self Client code. A Self Client cannot sign in through the browser: to reconnect, generate a new code in Zoho’s API console and redeem it under Settings below.',
    notConnectedHint:
      'The saved client came from a Self Client code and cannot sign in through the browser. Generate a new code in Zoho’s API console and redeem it under Settings below, or save another configuration.',
  },
  attempts: {
    heading: 'Recent connection attempts',
    caption: '{{kind}}, {{dataCenter}} data center',
    connected: 'Connected',
    failed: 'Failed: {{reason}}',
    unknownDataCenter: 'unknown',
  },
  systemUsage: {
    label: 'Use by tenants',
    neverUsed: 'No tenant has connected with this client yet.',
    lastConnected: 'Last connected a tenant: {{at}}',
    lastFailed: 'Last failed: {{at}}. {{reason}}',
    noClient: 'No client saved.',
  },
};
