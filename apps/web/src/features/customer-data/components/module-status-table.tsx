import { useTranslation } from 'react-i18next';
import type { ModuleStatus } from '@cxc/shared/api/customer-data';
import { TableRegion } from '@/components/ui/table-region';
import { useFormatters } from '@/lib/use-formatters';
import { useCustomerData } from '../api/get-customer-data';
import { useReimportModule } from '../api/reimport-module';

function ImportCell({ status }: { status: ModuleStatus }) {
  const { t } = useTranslation('customerData');
  const label = t(`status.phase.${status.phase}`);
  if (status.phase !== 'importing') return <>{label}</>;
  return (
    <>
      <progress value={status.progress ?? undefined} max={1} aria-label={t(`modules.${status.module}`)} />{' '}
      {label}
      {status.secondsLeft !== null ? ` · ${t('status.secondsLeft', { count: status.secondsLeft })}` : null}
    </>
  );
}

/** Per module: records mirrored, import progress, last change, lag, next poll, problems, Re-import. */
export function ModuleStatusTable({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('customerData');
  const format = useFormatters();
  const { data: view } = useCustomerData(tenantId);
  const reimport = useReimportModule(tenantId);
  const when = (value: string | null) => (value ? format.dateTime(value) : t('status.none'));
  return (
    <TableRegion label={t('status.heading')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('status.module')}</th>
            <th scope="col">{t('status.records')}</th>
            <th scope="col">{t('status.import')}</th>
            <th scope="col">{t('status.lastChange')}</th>
            <th scope="col">{t('status.lag')}</th>
            <th scope="col">{t('status.nextSync')}</th>
            <th scope="col">{t('status.problem')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('status.reimport')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {view.modules.map((status) => (
            <tr key={status.module}>
              <th scope="row">{t(`modules.${status.module}`)}</th>
              <td>{format.number(status.records)}</td>
              <td>
                <ImportCell status={status} />
              </td>
              <td>{when(status.lastChangeAt)}</td>
              <td>
                {status.lagSeconds !== null
                  ? t('status.lagSeconds', { count: status.lagSeconds })
                  : t('status.none')}
              </td>
              <td>{when(status.nextSyncAt)}</td>
              <td>
                {status.pausedReason
                  ? t('status.paused', { reason: status.pausedReason })
                  : (status.error ?? t('status.none'))}
              </td>
              <td>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={reimport.isPending}
                  aria-label={t('status.reimportNamed', { module: t(`modules.${status.module}`) })}
                  onClick={() => reimport.mutate(status.module)}
                >
                  {t('status.reimport')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
