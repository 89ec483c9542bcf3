/** The source locale: its shape is the type every other locale must satisfy. */
export const en = {
  app: {
    name: 'CX Connector',
    documentTitle: '{{page}} · CX Connector',
    skipToContent: 'Skip to main content',
  },
  common: {
    loading: 'Loading…',
    loadingPage: 'Loading the page…',
    status: 'Status',
    cancel: 'Cancel',
    dismiss: 'Dismiss',
  },
  session: {
    checking: 'Checking your session…',
    redirecting: 'Taking you to sign-in…',
    title: 'Signing in',
  },
  nav: {
    label: 'Main',
    hub: 'Connector Hub',
    integrations: 'App & Integrations',
    agent: 'Agent panel',
    needsReconnect: 'needs reconnecting',
  },
  header: {
    tenant: 'Tenant',
    platform: 'Platform administration',
  },
  userMenu: {
    button: 'Account',
    name: 'Name',
    email: 'Email',
    role: 'Role',
    tenant: 'Tenant',
    noTenant: 'None (platform-wide)',
    signOut: 'Sign out',
  },
  language: {
    autonym: 'English',
    label: 'Language',
  },
  roles: {
    system_admin: 'System administrator',
    tenant_admin: 'Tenant administrator',
    agent: 'Agent',
  },
  status: {
    not_connected: 'Not connected',
    connected: 'Connected',
    needs_reconnect: 'Needs reconnecting',
    not_configured: 'Not set up',
    configured: 'Set up',
    choose_org: 'Choose an organization',
  },
  hub: {
    title: 'Connector Hub',
    description: 'Platform-wide connector configuration and the tenants that use it.',
    connectorsHeading: 'Connectors',
    zohoName: 'Zoho CRM',
    zohoDescription: 'Looks up callers in Zoho CRM and records calls and chats as CRM activities.',
    zohoNotConfigured:
      'The system configuration for Zoho CRM (the OAuth client for each Zoho data center) has not been set up yet. Until it is, tenant administrators can connect only with a client of their own (custom configuration).',
    zohoConfigured: 'Tenants can connect with the system configuration in: {{dataCenters}}.',
    configure: 'Configure',
    configureNamed: 'Configure Zoho CRM',
    tenantsHeading: 'Tenants',
    tenantsCaption: 'Tenants on this platform',
    tenantsTotal: 'Total: {{count}}',
    columnName: 'Name',
    columnId: 'Tenant ID',
    columnCreated: 'Created',
    tenantsEmptyTitle: 'No tenants yet',
    tenantsEmptyDescription: 'Tenants appear here once they are added to the platform.',
  },
  integrations: {
    title: 'App & Integrations',
    description: 'The business tools connected to {{tenant}}.',
    zohoDescription: 'Look up callers in Zoho CRM and record calls and chats as CRM activities.',
    explanation: {
      not_connected:
        'Zoho CRM is not connected to this tenant yet. Set it up and connect it with a Zoho CRM administrator account.',
      connected: 'Zoho CRM is connected. Caller lookups and activity logging are available.',
      needs_reconnect:
        'Zoho CRM no longer accepts this tenant’s authorization. An administrator needs to connect it again.',
    },
    setUp: 'Set up',
    setUpNamed: 'Set up {{name}}',
    manage: 'Manage',
    manageNamed: 'Manage {{name}}',
    // The card's links to the settings and the activity log: here, so the card needs neither screen's texts.
    settingsLink: 'Settings',
    settingsLinkNamed: '{{name}} settings',
    activityLink: 'Activity log',
    activityLinkNamed: 'Activity log of {{name}}',
    customerDataLink: 'Customer data',
    customerDataLinkNamed: 'Customer data of {{name}}',
    emptyTitle: 'No integrations available',
    emptyDescription: 'There are no integrations for this tenant yet.',
    noTenantTitle: 'No tenant assigned',
    noTenantDescription:
      'Your account is not assigned to a tenant, so there are no integrations to show. Ask your platform administrator to check your account.',
  },
  zohoCrm: {
    title: 'Zoho CRM',
    description:
      'Connect Zoho CRM to {{tenant}} to look up callers and record calls and chats as CRM activities.',
    connectionHeading: 'Connection',
    settingsHeading: 'Settings',
    settingsDescription:
      'How this tenant signs in to Zoho. Changes take effect the next time you connect or reconnect.',
    auditHeading: 'Audit log',
    issuesHeading: 'Connection health',
  },
  issues: {
    description:
      'Problems the connector noticed by itself. Each issue closes automatically once things recover.',
    none: 'No open issues: the connection is healthy.',
    openSince: 'Open since {{when}}',
    closedAt: 'Resolved {{when}}',
    recentlyClosed: 'Recently resolved',
    whatToDo: 'What to do',
    kinds: {
      needs_reconnect: {
        title: 'The connection needs reconnecting',
        body: 'Zoho no longer accepts this connection. Events wait and nothing is written to Zoho CRM.',
        action: 'Reconnect Zoho CRM under Connection above. Waiting events run once it is connected.',
      },
      credit_budget_reached: {
        title: 'The credit limit for automatic mode is used up',
        body: '{{used}} of {{budget}} Zoho credits used in the last 24 hours. Events wait until credits free up.',
        action: 'Wait for credits to free up, or raise the limit in the settings (Limits).',
      },
      repeated_failures: {
        title: 'Events keep failing: {{code}}',
        body: '{{count}} events failed for this reason in the last 15 minutes. Last error: {{message}}',
        action:
          'Open the activity log, look at one of the failed events, fix the cause (mapping, mandatory fields, permissions in Zoho) and retry the failed events.',
      },
    },
    webhook: {
      title: 'Notify the platform',
      description:
        'When an issue opens or closes, the connector POSTs it as JSON to this URL, signed with the secret like the events you send us (X-CXC-Signature).',
      url: 'Webhook URL',
      save: 'Save webhook',
      saving: 'Saving…',
      remove: 'Remove webhook',
      removeTitle: 'Remove the issue webhook?',
      removeBody: 'The platform stops hearing about issues; deliveries not sent yet are dropped.',
      configured: 'Sends to {{url}} (since {{when}})',
      none: 'No webhook: issues are shown here only.',
      privateHost: 'This address is private or local; the webhook must be reachable on the internet.',
      unknownHost: 'This host name does not resolve.',
      failed: 'The webhook could not be saved.',
      newSecret: 'Webhook signing secret',
      onceWarning: 'Copy this secret now: it is shown only once. Saving the webhook again makes a new one.',
      dismiss: 'I have stored it',
    },
  },
  connection: {
    cardTitle: 'Zoho CRM connection',
    popupTitle: 'Connecting to Zoho…',
    popupLoading: 'Opening Zoho’s sign-in page…',
    redirectUrl: 'Authorized Redirect URL',
    otherDataCenter:
      'Your Zoho account is in the {{actual}} data center, not in {{chosen}} as chosen. We followed Zoho to the {{actual}} accounts server, as Zoho requires; nothing needs to change.',
    notConnected: 'Zoho CRM is not connected to this tenant.',
    configureFirst: 'First choose how to connect under Settings below and save it; then connect here.',
    readyToConnect: 'Ready to connect with the {{way}} in the {{dataCenter}} data center.',
    consentHint:
      'Zoho’s consent page opens in a small window. Sign in with a Zoho CRM administrator, choose the organization and click Accept.',
    connect: 'Connect with Zoho',
    reconnect: 'Reconnect',
    waiting: 'Waiting for Zoho: finish signing in in the Zoho window.',
    showPopup: 'Show the Zoho window',
    outcome: {
      connected: 'Zoho CRM is connected.',
      choose_org: 'Signed in to Zoho. Choose the Zoho CRM organization to connect below.',
      error: 'Zoho CRM could not be connected.',
      closed: 'The Zoho window was closed before the connection was finished. Nothing was changed.',
      start_failed: 'Connecting could not start.',
    },
    setup: {
      way: {
        legend: 'How to connect',
        system: 'System configuration',
        custom: 'Custom configuration',
        selfClient: 'Self Client code',
        systemDescription: 'Use the platform’s Zoho client. Offered for: {{dataCenters}}.',
        systemUnavailable:
          'Not available: the platform administrator has not set up a Zoho client for any data center yet.',
        customDescription:
          'Use your own “Server-based Applications” client from Zoho’s API console, with its Client ID and Client Secret.',
        selfClientDescription:
          'Paste a grant code generated with a Self Client in Zoho’s API console. It is redeemed at once; no browser sign-in.',
      },
      dataCenter: 'Data center',
      dataCenterHint:
        'Where your Zoho account lives: the ending of the address you use for Zoho (zoho.com, zoho.eu, …).',
      chooseDataCenter: 'Choose a data center',
      accountsUrl: 'Accounts server',
      apiUrl: 'CRM API address',
      accountsUrlHint: 'Zoho’s accounts address for sign-in and tokens, e.g. https://accounts.zoho.eu.',
      apiUrlHint: 'Zoho’s CRM API address, e.g. https://www.zohoapis.eu or https://sandbox.zohoapis.eu.',
      advanced: 'Use other Zoho addresses (advanced)',
      advancedDescription: 'Only for a sandbox or developer org. Only Zoho’s own addresses are accepted.',
      clientId: 'Client ID',
      clientIdHint: 'From the client’s “Client Secret” tab in Zoho’s API console.',
      clientSecret: 'Client Secret',
      secretStored:
        'A client secret is stored. Leave this empty to keep it, or type a new one to replace it.',
      secretHint: 'Never shown again after saving.',
      redirectUrlHint:
        'Add this exact URL to the client’s Authorized Redirect URIs in Zoho’s API console. If your users are in several data centers, also enable “Multi DC” in the client’s settings.',
      selfClientHelp:
        'In Zoho’s API console (<strong>{{console}}</strong>) open Self Client › Generate Code, tick the scopes below, choose your CRM organization, and paste the code here at once: it expires within minutes and works only once.',
      scopesLabel: 'Scopes to tick',
      code: 'Grant code',
      codeHint: 'Starts with 1000. Paste it as shown in Zoho’s API console.',
      save: 'Save configuration',
      saved: 'Configuration saved.',
      redeem: 'Connect with code',
      redeeming: 'Connecting…',
      redeemed: 'The code was redeemed.',
    },
    facts: {
      org: 'Organization',
      orgValue: '{{name}} ({{edition}} edition, ID {{id}})',
      defaultCountry: 'Default country for phone numbers',
      changeDefaultCountry: 'Change',
      dataCenter: 'Data center',
      zohoUser: 'Connected Zoho user',
      zohoUserValue: '{{name}} <{{email}}>, profile {{profile}}',
      notAdministrator: 'Not an administrator',
      connectedAt: 'Connected at',
      by: 'by {{who}}',
      configuration: 'Configuration',
      scopes: 'Granted scopes',
      credits: 'API credits used in the last 24 hours',
    },
    token: {
      heading: 'Token health',
      lastRefresh: 'Last token refresh',
      expiresAt: 'Access token expires',
      lastError: 'Last error',
      never: 'Not yet',
      noError: 'None',
      errorCode: 'Zoho answered “{{code}}”.',
    },
    warnings: {
      label: 'Warnings',
      not_administrator:
        'The connected Zoho user {{user}} is not a Zoho CRM administrator (profile {{profile}}). Field settings, layouts and users of other profiles cannot be read, so field mapping and owner assignment will be incomplete, and records this user may not see are not found. Reconnect with an administrator.',
      other: 'Zoho reported a limitation ({{code}}).',
    },
    needsReconnect: {
      title: 'Zoho no longer accepts this connection.',
      reason: 'Reason: {{reason}}',
      noReason: 'Zoho refused the stored authorization.',
      action:
        'Caller lookup and activity logging are stopped until you reconnect. Choose Reconnect and sign in to Zoho again.',
    },
    test: {
      button: 'Test connection',
      pending: 'Testing…',
      ok: 'The connection works. Zoho answered in {{ms}} ms.',
      org: 'Organization: {{name}} (ID {{id}}, {{dataCenter}}).',
      user: 'Zoho user: {{name}} <{{email}}>.',
      failed: 'The test failed after {{ms}} ms.',
      zohoCode: 'Zoho answered “{{code}}”. Try again; if it repeats, reconnect.',
    },
    disconnect: {
      button: 'Disconnect',
      title: 'Disconnect Zoho CRM?',
      body: 'Caller lookup and activity logging stop for this tenant. When you disconnect:',
      revoke: 'the refresh token is revoked at Zoho,',
      tokens: 'the stored tokens are deleted here,',
      settings:
        'this tenant’s settings (configuration, mappings, rules) are kept, so you can reconnect later.',
      confirm: 'Disconnect',
      pending: 'Disconnecting…',
      done: 'Zoho CRM was disconnected.',
      doneRevoked:
        'The refresh token was revoked at Zoho and the tokens were deleted. This tenant’s settings are kept.',
      doneNotRevoked:
        'The tokens were deleted, but Zoho could not be reached to revoke the refresh token: remove this app under Connected Apps in your Zoho account. This tenant’s settings are kept.',
    },
    orgs: {
      legend: 'Zoho CRM organization',
      description: 'Your Zoho user can reach several organizations. Choose the one this tenant works with.',
      descriptionOne: 'Zoho gave this user access to one organization. Confirm it to finish connecting.',
      details: '{{edition}} edition · {{dataCenter}} · ID {{id}}',
      submit: 'Use this organization',
      pending: 'Saving…',
      none: 'This Zoho user has no Zoho CRM organization. Reconnect with a user of the organization you want to connect.',
    },
  },
  connectErrors: {
    yourDataCenter: 'your data center',
    invalid_client: {
      title:
        'Zoho does not accept the client: the Client ID is unknown, or the client is not enabled for the data center of your Zoho account ({{dataCenter}}).',
      action:
        'In Zoho’s API console, check the Client ID; then open the client’s Settings and enable “Multi DC” for this data center ({{dataCenter}}). Connect again afterwards.',
    },
    invalid_client_secret: {
      title: 'Zoho rejected the Client Secret.',
      action:
        'Copy the Client Secret again from the client in Zoho’s API console, save it under Settings, and connect again.',
    },
    invalid_redirect_uri: {
      title: 'The redirect URL is not registered for this client in Zoho’s API console.',
      action: 'Add this URL to the client’s Authorized Redirect URIs, save it in Zoho, then connect again:',
    },
    invalid_code: {
      title:
        'Zoho did not accept the code: it expired, was already used, or was redeemed at another data center than the one that issued it.',
      action: 'Try again with a new code, and use it at once: codes live about 2 minutes and work only once.',
    },
    access_denied: {
      title: 'Consent was denied in Zoho, so nothing was connected.',
      action:
        'Connect again and choose Accept on Zoho’s consent page. If your organization restricts apps, ask your Zoho administrator to allow this one.',
    },
    no_refresh_token: {
      title: 'Zoho did not return a refresh token, so the connection would stop working within an hour.',
      action:
        'Connect again. If it repeats, remove this app under Connected Apps in your Zoho account, then connect again.',
    },
    state_mismatch: {
      title:
        'Zoho’s answer did not belong to this connect attempt (it expired, or another attempt was started meanwhile).',
      action: 'Start again with Connect with Zoho, once, in this tab.',
    },
    dc_not_configured: {
      title: 'The platform has no Zoho client for this data center ({{dataCenter}}).',
      action:
        'Choose Custom configuration with a client of your own, or ask your platform administrator to set up this data center ({{dataCenter}}).',
    },
    throttled: {
      title: 'Zoho is limiting sign-ins and token requests for this client right now.',
      action: 'Wait about 10 minutes, then try again.',
    },
    token_rate_limited: {
      title:
        'Zoho limits how many sign-ins one client can issue (10 every 10 minutes, and 10 per Zoho user), and that limit is reached right now. Your consent was not refused.',
      action: 'Try again after {{retryAt}}. Connecting again before then only fails again.',
      actionWithoutTime: 'Try again in 10 minutes. Connecting again before then only fails again.',
    },
    access_revoked: {
      title:
        'Access was revoked at Zoho: Zoho no longer accepts this connection’s authorization (the app was removed under Connected Apps, or the same Zoho user authorized it more than 20 times since).',
      action: 'Reconnect to fix it: choose Reconnect and accept on Zoho’s consent page.',
    },
    zoho_unreachable: {
      title: 'Zoho could not be reached.',
      action: 'Try again in a few minutes. If it repeats, check Zoho’s status page.',
    },
    unknown: {
      title: 'Zoho answered with an error we do not recognize.',
      action: 'Try again. If it repeats, contact support.',
    },
  },
  audit: {
    emptyTitle: 'No changes recorded yet',
    emptyDescription: 'Connecting, reconnecting, disconnecting and configuration changes appear here.',
    total: 'Entries: {{count}}',
    pageEmpty: 'There are no entries on this page.',
    caption: 'Audit log, page {{page}} of {{pages}}',
    columnWhen: 'When',
    columnWho: 'Who',
    columnWhat: 'What',
    columnDetails: 'Details',
    pagination: 'Audit log pages',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: 'Page {{page}} of {{pages}}',
    detail: {
      kind: 'Setup',
      kind_system: 'System configuration',
      kind_custom: 'Custom configuration',
      dataCenterId: 'Data center',
      clientId: 'Client ID',
      clientSecret: 'Client secret',
      accountsUrl: 'Accounts URL',
      apiUrl: 'API URL',
      orgId: 'Organization ID',
      orgName: 'Organization',
      zohoUser: 'Zoho user',
      isAdministrator: 'Zoho administrator',
      revokedAtZoho: 'Access revoked at Zoho',
      settingsKept: 'Settings kept',
      enabled: 'Offered to tenants',
      version: 'Version',
      restoredFrom: 'Restored from version',
      changeCount: 'Number of changes',
      changed: 'Changed',
      dc: 'Data center',
      accountsServer: 'Zoho sign-in server',
      location: 'Zoho user’s data center',
      scopes: 'Permissions',
      reason: 'Reason',
      reason_invalid_code: 'Zoho no longer accepts the stored authorization',
      yes: 'Yes',
      no: 'No',
      none: 'none',
    },
    secretChanged: 'changed (not shown)',
    actions: {
      'zoho.config.saved': 'Zoho configuration saved',
      'zoho.connected': 'Zoho CRM connected',
      'zoho.reconnected': 'Zoho CRM reconnected',
      'zoho.org_chosen': 'Zoho CRM organization chosen',
      'zoho.disconnected': 'Zoho CRM disconnected',
      'zoho.needs_reconnect': 'Zoho refused the authorization (needs reconnecting)',
      'zoho.system_client.saved': 'System client saved',
      'settings.saved': 'Settings saved',
      'settings.restored': 'Settings restored',
      'events.secret_rotated': 'Event secret rotated',
      'issues.webhook_saved': 'Issue webhook saved',
      'issues.webhook_deleted': 'Issue webhook removed',
      'customer_data.saved': 'Customer data settings saved',
      'customer_data.reimport': 'Customer data re-import started',
      'customer_data.api_key_created': 'Customer list API key created',
      'customer_data.api_key_revoked': 'Customer list API key revoked',
      'customer_data.webhook_saved': 'Customer change webhook saved',
      'customer_data.webhook_secret_rotated': 'Customer change webhook secret rotated',
      'customer_data.webhook_deleted': 'Customer change webhook removed',
    },
  },
  systemClients: {
    title: 'Zoho CRM system configuration',
    description:
      'The platform’s Zoho OAuth client for each data center. Tenants can use the system configuration only in data centers set up and enabled here.',
    redirectHeading: 'Redirect URL',
    redirectHint:
      'Register this URL as an Authorized Redirect URI of each client (type “Server-based Applications”) in Zoho’s API console.',
    clientsHeading: 'Zoho data centers',
    clientsDescription:
      'Each data center has its own API console (api-console.zoho.com, api-console.zoho.eu, …). One client with “Multi DC” enabled may serve several; enter its Client ID and Client Secret for each of them.',
    simulatorHeading: 'Zoho simulator (local development)',
    simulatorDescription:
      'These data centers belong to the Zoho simulator, not to Zoho. They exist only while it runs.',
    status: {
      enabled: 'Enabled',
      disabled: 'Disabled',
      not_configured: 'Not set up',
    },
    secretStored: 'A client secret is stored. Leave this empty to keep it, or type a new one to replace it.',
    secretMissing: 'No client secret is stored yet. It is never shown again after saving.',
    enabled: 'Offer to tenants',
    enabledDescription: 'Tenants can choose the system configuration for this data center.',
    updated: 'Last changed {{when}} by {{who}}.',
    save: 'Save',
    saved: 'Saved.',
  },
  dataCenters: {
    us: 'United States',
    eu: 'Europe',
    in: 'India',
    au: 'Australia',
    jp: 'Japan',
    cn: 'China',
    ca: 'Canada',
    sa: 'Saudi Arabia',
    simulated: 'Simulator — {{name}}',
    zohoGroup: 'Zoho data centers',
    simulatorGroup: 'Zoho simulator (local development)',
  },
  copy: {
    button: 'Copy',
    buttonNamed: 'Copy {{label}}',
    copied: 'Copied',
    failed: 'Could not copy. The text is selected: press Ctrl+C (⌘C on a Mac).',
  },
  forms: {
    summaryTitle: 'Please correct the following:',
    saving: 'Saving…',
    errors: {
      required: 'This field is required.',
      tooShort: 'This is too short.',
      tooLong: 'This is too long.',
      url: 'Enter a full address starting with https://.',
      notZohoHost: 'Only Zoho’s own addresses are allowed, e.g. https://accounts.zoho.eu.',
      invalid: 'This value is not valid.',
      secretRequired: 'Enter the Client Secret: none is stored yet.',
      chooseOne: 'Choose one of the options.',
    },
  },
  agent: {
    title: 'Agent panel',
    emptyTitle: 'No conversation open',
    emptyDescription:
      'The agent panel opens for a conversation from the contact-center console. When you handle a call or chat there, its CRM details will appear in the panel.',
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you are looking for does not exist or has moved.',
    home: 'Go to your start page',
  },
  notAvailable: {
    title: 'Not available for your role',
    description:
      'This page is not available for your role ({{role}}). If you think you need it, ask your administrator.',
    home: 'Go to your start page',
  },
  errors: {
    sectionTitle: 'This section could not be loaded',
    pageTitle: 'Something went wrong',
    server: 'The server ran into a problem. Please try again in a moment.',
    network: 'The server could not be reached. Check your connection and try again.',
    forbidden: 'You do not have permission to see this.',
    notFound: 'The requested item was not found.',
    rateLimited: 'Too many requests. Please wait a moment and try again.',
    unavailable:
      'The service is briefly unavailable. Nothing was changed; please try again in a few seconds.',
    invalidResponse: 'The server sent an unexpected response. Please try again.',
    zohoNotConnected: 'Zoho CRM is not connected. An administrator connects it on the Zoho CRM page.',
    zohoNeedsReconnect:
      'The Zoho CRM connection must be renewed. An administrator reconnects it on the Zoho CRM page.',
    zohoUnreachable: 'Zoho CRM could not be reached. Please try again in a moment.',
    zohoThrottled: 'Zoho CRM is throttling this connection. Please try again in a minute.',
    unexpected: 'An unexpected error occurred.',
    reference: 'Reference',
    referenceHint: 'Mention this reference if you contact support.',
    retry: 'Try again',
    reload: 'Reload page',
  },
} as const;

type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** Same keys as `en`, any text: `satisfies LocaleMessages` rejects a missing or an extra key. */
export type LocaleMessages = Messages<typeof en>;
