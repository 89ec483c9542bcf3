import { AUTH_PATHS } from '@cxc/shared/api/session';

/** Every in-app href comes from here, so a renamed route is a type error rather than a dead link. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  hub: { path: '/hub', getHref: () => '/hub' },
  integrations: { path: '/integrations', getHref: () => '/integrations' },
  agent: { path: '/agent', getHref: () => '/agent' },
  auth: {
    /** `returnTo` must be a relative path; the BFF rejects anything else (open-redirect guard). */
    login: {
      getHref: (returnTo: string) => `${AUTH_PATHS.login}?${new URLSearchParams({ returnTo }).toString()}`,
    },
    logout: { getHref: () => AUTH_PATHS.logout },
  },
} as const;
