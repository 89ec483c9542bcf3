import { useTranslation } from 'react-i18next';
import type { Connection } from '@cxc/shared/api/zoho-connection';
import { InfoIcon } from '@/components/ui/icons';
import { useDataCenterName } from '@/lib/data-center-label';
import { useFormatters } from '@/lib/use-formatters';

type Config = NonNullable<Connection['config']>;
type Live = NonNullable<Connection['live']>;

/** Whether the saved configuration would start the same kind of client that issued the live tokens. */
function sameClient(live: Live, config: Config): boolean {
  if (live.clientKind === null) return true;
  if (live.clientKind === 'self_client') return config.selfClient;
  return live.clientKind === config.kind && !config.selfClient;
}

/**
 * What is live (the client that issued the tokens the connector holds, where and since when) beside what
 * is merely saved for the next connect. They differ after a failed attempt with a new configuration, or
 * when Zoho sent the admin to their own data center; each case is said as what it is.
 */
export function LiveConnection({ connection }: { connection: Connection }) {
  const { t } = useTranslation('zohoConnection');
  const { t: tShell } = useTranslation();
  const format = useFormatters();
  const { dcName, optionLabel } = useDataCenterName();
  const { live, config, org } = connection;
  const liveDc = live?.dataCenter ? optionLabel(live.dataCenter) : org ? dcName(org.dc) : '—';
  const savedWay = config
    ? config.selfClient
      ? t('saved.selfClient')
      : tShell(`connection.setup.way.${config.kind}`)
    : null;
  // Zoho sent the admin to their own DC at consent time: information, not a difference to fix.
  const followedZoho =
    connection.warnings.some((warning) => warning.code === 'other_data_center') &&
    Boolean(live?.dataCenter && config && live.dataCenter.dc !== config.dataCenter.dc);
  const differs =
    live &&
    config &&
    (!sameClient(live, config) || (!followedZoho && live.dataCenter?.id !== config.dataCenter.id));
  return (
    <>
      <section className="subsection" aria-labelledby="zoho-live-connection">
        <h4 id="zoho-live-connection" className="subsection__title">
          {t('live.heading')}
        </h4>
        <dl className="facts">
          <dt>{t('live.client')}</dt>
          <dd>{live ? t(`live.kind.${live.clientKind ?? 'unknown'}`) : '—'}</dd>
          <dt>{t('live.dataCenter')}</dt>
          <dd>{liveDc}</dd>
          <dt>{t('live.since')}</dt>
          <dd>{live ? <time dateTime={live.since}>{format.dateTime(live.since)}</time> : '—'}</dd>
        </dl>
        {followedZoho && live?.dataCenter && config ? (
          <p className="note">
            <InfoIcon className="note__icon" />
            <span>
              {t('otherDataCenter', {
                actual: dcName(live.dataCenter.dc),
                chosen: dcName(config.dataCenter.dc),
              })}
            </span>
          </p>
        ) : null}
      </section>
      {config && savedWay ? (
        <section className="subsection" aria-labelledby="zoho-saved-configuration">
          <h4 id="zoho-saved-configuration" className="subsection__title">
            {t('saved.heading')}
          </h4>
          <p className="muted">{t('saved.hint')}</p>
          <dl className="facts">
            <dt>{t('saved.way')}</dt>
            <dd>{savedWay}</dd>
            <dt>{t('saved.dataCenter')}</dt>
            <dd>{optionLabel(config.dataCenter)}</dd>
          </dl>
          {differs ? (
            <p className="note">
              <InfoIcon className="note__icon" />
              <span>{t('saved.differs', { way: savedWay, dataCenter: optionLabel(config.dataCenter) })}</span>
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
