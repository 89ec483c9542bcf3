import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsTab } from '@/lib/settings/settings-url-state';
import { panelId, tabId } from './settings-tabs';

/** Only the open tab is rendered; values of the others stay in the form (never unregistered). */
export function SettingsTabPanel({ tab, children }: { tab: SettingsTab; children: ReactNode }) {
  const { t } = useTranslation('settings');
  return (
    <div
      id={panelId(tab)}
      role="tabpanel"
      aria-labelledby={tabId(tab)}
      tabIndex={-1}
      className="settings-panel"
    >
      <h2 className="settings-panel__title">{t(`panelTitle.${tab}`)}</h2>
      {children}
    </div>
  );
}
