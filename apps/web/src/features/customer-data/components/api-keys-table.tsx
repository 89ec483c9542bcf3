import { useTranslation } from 'react-i18next';
import type { CustomerApiKey } from '@cxc/shared/api/customer-api';
import { errorMessageKey } from '@/components/errors/error-message';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { TableRegion } from '@/components/ui/table-region';
import { useFormatters } from '@/lib/use-formatters';
import { useApiKeys, useRevokeApiKey } from '../api/customer-api-keys';

function RevokeButton({ tenantId, apiKey }: { tenantId: string; apiKey: CustomerApiKey }) {
  const { t } = useTranslation('customerData');
  const { t: tCommon } = useTranslation();
  const revoke = useRevokeApiKey(tenantId, apiKey.id);
  return (
    <ConfirmActionButton
      label={t('api.revoke')}
      buttonClassName="button button--secondary"
      title={t('api.revokeTitle', { name: apiKey.name })}
      confirmLabel={t('api.revoke')}
      pendingLabel={t('api.revoking')}
      tone="danger"
      mutation={revoke}
      errorText={(error) => tCommon(errorMessageKey(error))}
      onDone={() => undefined}
    >
      <p>{t('api.revokeBody')}</p>
    </ConfirmActionButton>
  );
}

/** The tenant's keys: name, the key's first characters, created, last used, and Revoke while active. */
export function ApiKeysTable({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('customerData');
  const format = useFormatters();
  const { data } = useApiKeys(tenantId);
  if (data.keys.length === 0) return <p>{t('api.noKeys')}</p>;
  return (
    <TableRegion label={t('api.keys')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('api.name')}</th>
            <th scope="col">{t('api.prefix')}</th>
            <th scope="col">{t('api.created')}</th>
            <th scope="col">{t('api.lastUsed')}</th>
            <th scope="col">{t('api.state')}</th>
          </tr>
        </thead>
        <tbody>
          {data.keys.map((key) => (
            <tr key={key.id}>
              <th scope="row">{key.name}</th>
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>{t('api.createdBy', { when: format.dateTime(key.createdAt), who: key.createdBy })}</td>
              <td>{key.lastUsedAt ? format.dateTime(key.lastUsedAt) : t('api.never')}</td>
              <td>
                {key.revokedAt ? (
                  t('api.revokedAt', { when: format.dateTime(key.revokedAt) })
                ) : (
                  <RevokeButton tenantId={tenantId} apiKey={key} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
