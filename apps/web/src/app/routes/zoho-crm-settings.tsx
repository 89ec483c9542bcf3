import { SectionBoundary } from '@/components/errors/section-boundary';
import { SettingsEditor } from '@/app/settings/settings-editor';
import { TenantPage } from './tenant-page';

/** Zoho CRM integration settings (tenant administrator): channels, rules, owners, mapping, versions. */
export function ZohoCrmSettingsRoute() {
  return (
    <TenantPage ns="settings">
      {(tenant) => (
        <SectionBoundary headingLevel={2}>
          <SettingsEditor tenantId={tenant.id} />
        </SectionBoundary>
      )}
    </TenantPage>
  );
}
