import { useTranslation } from 'react-i18next';
import { useSettings } from './api/get-settings';
import { SettingsForm } from './settings-form';
import './settings.css';

/**
 * Every section's texts, loaded together with the editor (one chunk each, the user's language only):
 * switching tabs then never waits for a section's words.
 */
const EDITOR_NAMESPACES = [
  'settings',
  'channels',
  'fieldMapping',
  'identification',
  'owners',
  'limits',
  'records',
  'agentPanel',
  'settingsVersions',
  'dryRun',
] as const;

/** Loads the tenant's current settings (suspending), then opens the editor on them. */
export function SettingsEditor({ tenantId }: { tenantId: string }) {
  useTranslation(EDITOR_NAMESPACES);
  const { data } = useSettings(tenantId);
  return <SettingsForm tenantId={tenantId} initial={data} />;
}
