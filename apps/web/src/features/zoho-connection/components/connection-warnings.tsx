import { useTranslation } from 'react-i18next';
import type { Connection } from '@cxc/shared/api/zoho-connection';
import { AlertIcon } from '@/components/ui/icons';

/** Problems that do not stop the connection but limit what works, each explained. */
export function ConnectionWarnings({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  // Zoho sending the admin to their own data center is information, said beside the live connection.
  const warnings = connection.warnings.filter((warning) => warning.code !== 'other_data_center');
  if (warnings.length === 0) return null;
  const user = connection.zohoUser;
  return (
    <ul className="warning-list" aria-label={t('connection.warnings.label')}>
      {warnings.map((warning) => (
        <li key={warning.code} className="callout callout--warning">
          <AlertIcon className="note__icon" />
          <span>
            {warning.code === 'not_administrator'
              ? t('connection.warnings.not_administrator', {
                  user: user?.name ?? '—',
                  profile: user?.profile ?? '—',
                })
              : t('connection.warnings.other', { code: warning.code })}
          </span>
        </li>
      ))}
    </ul>
  );
}
