import { useTranslation } from 'react-i18next';
import { InfoIcon } from '@/components/ui/icons';
import { useDataCenterName } from '@/lib/data-center-label';

/**
 * The admin's Zoho account lives in another DC than the one chosen. Zoho sends the browser to the
 * account's own accounts server and we follow it (never the chosen one), so this is information, not
 * an error. Renders nothing when both are the same.
 */
export function OtherDataCenterNote({ actual, chosen }: { actual: string; chosen: string }) {
  const { t } = useTranslation();
  const { dcName } = useDataCenterName();
  if (actual === chosen) return null;
  return (
    <p className="note">
      <InfoIcon className="note__icon" />
      <span>{t('connection.otherDataCenter', { actual: dcName(actual), chosen: dcName(chosen) })}</span>
    </p>
  );
}
