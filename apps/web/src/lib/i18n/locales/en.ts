/** The source locale: its shape is the type every other locale must satisfy. */
export const en = {
  app: {
    name: 'CX Connector',
    documentTitle: '{{page}} · CX Connector',
    skipToContent: 'Skip to main content',
  },
  common: {
    loading: 'Loading…',
    status: 'Status',
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
  },
  hub: {
    title: 'Connector Hub',
    description: 'Platform-wide connector configuration and the tenants that use it.',
    connectorsHeading: 'Connectors',
    zohoName: 'Zoho CRM',
    zohoDescription: 'Looks up callers in Zoho CRM and records calls and chats as CRM activities.',
    zohoNotConfigured:
      'The system configuration for Zoho CRM (the OAuth client for each Zoho data centre) has not been set up yet. Until it is, tenant administrators cannot connect their Zoho CRM accounts.',
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
        'Zoho CRM is not connected to this tenant yet. Connecting it with a Zoho administrator account will be possible here soon.',
      connected: 'Zoho CRM is connected. Caller lookups and activity logging are available.',
      needs_reconnect:
        'Zoho CRM no longer accepts this tenant’s authorization. An administrator needs to connect it again.',
    },
    emptyTitle: 'No integrations available',
    emptyDescription: 'There are no integrations for this tenant yet.',
    noTenantTitle: 'No tenant assigned',
    noTenantDescription:
      'Your account is not assigned to a tenant, so there are no integrations to show. Ask your platform administrator to check your account.',
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
    invalidResponse: 'The server sent an unexpected response. Please try again.',
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
