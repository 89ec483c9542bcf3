import { useCallback, useMemo } from 'react';
import { useSearchParams } from '@/lib/router';
import { parseSettingsUrlState, type SettingsTab } from '@/lib/settings/settings-url-state';

/** The open tab and history page, read from and written to the address bar. */
export function useSettingsUrlState() {
  const [search, setSearch] = useSearchParams();
  const state = useMemo(() => parseSettingsUrlState(search), [search]);

  const setTab = useCallback(
    (tab: SettingsTab) =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set('tab', tab);
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );

  const setPage = useCallback(
    (page: number) =>
      setSearch((previous) => {
        const next = new URLSearchParams(previous);
        next.set('tab', 'history');
        next.set('page', String(page));
        return next;
      }),
    [setSearch],
  );

  return { ...state, setTab, setPage };
}
