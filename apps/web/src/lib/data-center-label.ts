import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataCenterOption } from '@cxc/shared/api/zoho-connection';
import { zohoDcSchema } from '@cxc/shared/domain/zoho-dcs';

/**
 * Names a data center in the current language: "Europe", or "Simulator — Europe" for the simulator's DCs,
 * so a local-development DC can never be mistaken for a real one. A DC code the console does not know
 * (e.g. Zoho's `location` for a newer DC) is shown as the code itself.
 */
export function useDataCenterName() {
  const { t } = useTranslation();
  const dcName = useCallback(
    (dc: string): string => {
      const known = zohoDcSchema.safeParse(dc);
      return known.success ? t(`dataCenters.${known.data}`) : dc.toUpperCase();
    },
    [t],
  );
  const optionLabel = useCallback(
    (option: Pick<DataCenterOption, 'dc' | 'simulated'>): string =>
      option.simulated ? t('dataCenters.simulated', { name: dcName(option.dc) }) : dcName(option.dc),
    [t, dcName],
  );
  return { dcName, optionLabel };
}
