import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@cxc/shared/domain/roles';
import { SideNav } from '@/components/layout/side-nav';
import { HeadsetIcon, HubIcon, PlugIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { IntegrationsNavBadge } from '@/features/integrations/components/integrations-nav-badge';

interface RoleSection {
  href: string;
  labelKey: 'nav.hub' | 'nav.integrations' | 'nav.agent';
  icon: ReactNode;
}

/**
 * Each role's screens, in nav order; the first is the role's start page. A role is shown only its
 * own entries; the BFF enforces the same split on every API call.
 */
export const ROLE_SECTIONS: Record<Role, readonly RoleSection[]> = {
  system_admin: [{ href: paths.hub.getHref(), labelKey: 'nav.hub', icon: <HubIcon /> }],
  tenant_admin: [{ href: paths.integrations.getHref(), labelKey: 'nav.integrations', icon: <PlugIcon /> }],
  agent: [{ href: paths.agent.getHref(), labelKey: 'nav.agent', icon: <HeadsetIcon /> }],
};

export function roleHome(role: Role): string {
  return ROLE_SECTIONS[role][0]?.href ?? paths.home.getHref();
}

export function RoleNavigation({ role, tenantId }: { role: Role; tenantId: string | undefined }) {
  const { t } = useTranslation();
  const items = ROLE_SECTIONS[role].map(({ href, labelKey, icon }) => ({
    to: href,
    label: t(labelKey),
    icon,
    // Only the tenant admin's own integrations: the nav never asks for data outside the role.
    badge:
      labelKey === 'nav.integrations' && role === 'tenant_admin' && tenantId ? (
        <IntegrationsNavBadge tenantId={tenantId} />
      ) : undefined,
  }));
  return <SideNav items={items} />;
}
