import { createContext, useCallback, useContext } from 'react';
import { useTranslation } from 'react-i18next';

/** Names of the records the dry run's searches found, by id (the plan itself holds only ids). */
export const RecordNamesContext = createContext<ReadonlyMap<string, string>>(new Map());

/**
 * A record in words: its Zoho name in quotes, or "(name not known)". Never the bare id: callers put
 * the id in a `title`, for an admin who wants to find the record in Zoho.
 */
export function useRecordLabel() {
  const names = useContext(RecordNamesContext);
  const { t } = useTranslation('dryRun');
  return useCallback(
    (id: string): string => {
      const name = names.get(id);
      return name ? t('plan.recordName', { name }) : t('plan.unnamed');
    },
    [names, t],
  );
}
