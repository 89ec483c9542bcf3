import { useCallback, useEffect, useRef } from 'react';
import { focusCandidates, tabOfPath, type SettingsPath } from '@/lib/settings/field-path';
import type { SettingsTab } from '@/lib/settings/settings-url-state';

/**
 * Focus for a settings path that may sit on another tab: switch the tab, then, once it has rendered,
 * focus the most exact element that exists (the control, else its row, else its list).
 */
export function useFocusPath(tab: SettingsTab, setTab: (tab: SettingsTab) => void) {
  const pending = useRef<{ path: SettingsPath; tab: SettingsTab | undefined } | null>(null);

  const tryFocus = useCallback((current: SettingsTab) => {
    const target = pending.current;
    if (!target || (target.tab && target.tab !== current)) return;
    pending.current = null;
    for (const id of focusCandidates(target.path)) {
      const element = document.getElementById(id);
      if (element) {
        element.focus();
        element.scrollIntoView?.({ block: 'center' });
        return;
      }
    }
  }, []);

  // Runs after every render: the tab switch commits asynchronously (a router navigation).
  useEffect(() => tryFocus(tab));

  return useCallback(
    (path: SettingsPath) => {
      const target = tabOfPath(path);
      pending.current = { path, tab: target };
      if (target && target !== tab) setTab(target);
      else tryFocus(tab);
    },
    [tab, setTab, tryFocus],
  );
}
