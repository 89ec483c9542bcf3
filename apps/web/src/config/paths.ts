import { AUTH_PATHS } from '@cxc/shared/api/session';

/** Every in-app href comes from here, so a renamed route is a type error rather than a dead link. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  hub: { path: '/hub', getHref: () => '/hub' },
  hubZoho: { path: '/hub/zoho', getHref: () => '/hub/zoho' },
  integrations: { path: '/integrations', getHref: () => '/integrations' },
  /** The BFF's OAuth callback sends a full-page redirect back here with `?connect=<outcome>&code=<error>`. */
  zohoCrm: { path: '/integrations/zoho-crm', getHref: () => '/integrations/zoho-crm' },
  /** The Zoho CRM settings editor; its `?tab=` and `?page=` are parsed (leniently) by the editor itself. */
  zohoCrmSettings: {
    path: '/integrations/zoho-crm/settings',
    getHref: () => '/integrations/zoho-crm/settings',
  },
  /** The automation's activity log; filters and page are URL params parsed (leniently) by the log itself. */
  zohoCrmActivity: {
    path: '/integrations/zoho-crm/activity',
    getHref: () => '/integrations/zoho-crm/activity',
  },
  zohoCrmCustomerData: {
    path: '/integrations/zoho-crm/customer-data',
    getHref: () => '/integrations/zoho-crm/customer-data',
  },
  agent: { path: '/agent', getHref: () => '/agent' },
  /** The agent panel for one conversation; `search` is its URL parameters (phone, email, name, …). */
  agentConversation: {
    path: '/agent/conversation',
    getHref: (search = '') => (search ? `/agent/conversation?${search}` : '/agent/conversation'),
  },
  auth: {
    /** `returnTo` must be a relative path; the BFF rejects anything else (open-redirect guard). */
    login: {
      getHref: (returnTo: string) => `${AUTH_PATHS.login}?${new URLSearchParams({ returnTo }).toString()}`,
    },
    logout: { getHref: () => AUTH_PATHS.logout },
  },
} as const;
