import { useSettings } from './api/get-settings';
import { SettingsForm } from './settings-form';
import './settings.css';

/** Loads the tenant's current settings (suspending), then opens the editor on them. */
export function SettingsEditor({ tenantId }: { tenantId: string }) {
  const { data } = useSettings(tenantId);
  return <SettingsForm tenantId={tenantId} initial={data} />;
}
