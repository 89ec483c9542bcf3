import { useRef, type KeyboardEvent } from 'react';
import { useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { rovingTarget } from '@/lib/roving-focus';
import { collectErrors } from '@/lib/settings/collect-errors';
import { tabOfPath } from '@/lib/settings/field-path';
import { SETTINGS_TABS, type SettingsTab } from '@/lib/settings/settings-url-state';

export const tabId = (tab: SettingsTab) => `settings-tab-${tab}`;
export const panelId = (tab: SettingsTab) => `settings-panel-${tab}`;

/**
 * WAI-ARIA tabs with automatic activation: arrows, Home and End move between tabs; Tab leaves the
 * list. A tab whose fields have errors says how many.
 */
export function SettingsTabs({ tab, onChange }: { tab: SettingsTab; onChange: (tab: SettingsTab) => void }) {
  const { t } = useTranslation('settings');
  const { errors } = useFormState();
  const refs = useRef(new Map<SettingsTab, HTMLButtonElement>());
  const counts = new Map<SettingsTab, number>();
  for (const error of collectErrors(errors)) {
    const owner = tabOfPath(error.path);
    if (owner) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }

  const select = (next: SettingsTab) => {
    onChange(next);
    refs.current.get(next)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const target = rovingTarget(event.key, SETTINGS_TABS.indexOf(tab), SETTINGS_TABS.length, 'horizontal');
    if (target === undefined) return;
    event.preventDefault();
    select(SETTINGS_TABS[target] ?? tab);
  };

  return (
    <div className="settings-tabs" role="tablist" aria-label={t('tabs.label')}>
      {SETTINGS_TABS.map((item) => {
        const count = counts.get(item) ?? 0;
        return (
          <button
            key={item}
            ref={(node) => {
              if (node) refs.current.set(item, node);
              else refs.current.delete(item);
            }}
            id={tabId(item)}
            type="button"
            role="tab"
            className="settings-tab"
            aria-selected={item === tab}
            aria-controls={item === tab ? panelId(item) : undefined}
            tabIndex={item === tab ? 0 : -1}
            onClick={() => onChange(item)}
            onKeyDown={onKeyDown}
          >
            {t(`tabs.${item}`)}
            {count > 0 ? (
              <span className="settings-tab__errors">
                <span aria-hidden="true"> · </span>
                <span className="sr-only">, </span>
                {t('tabs.errors', { count })}
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
