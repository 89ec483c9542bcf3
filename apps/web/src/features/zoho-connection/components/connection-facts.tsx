import { useTranslation } from 'react-i18next';
import { Link } from '@/lib/router';
import type { Connection } from '@cxc/shared/api/zoho-connection';
import { paths } from '@/config/paths';
import { useDataCenterName } from '@/lib/data-center-label';
import { formatNumber } from '@/lib/format';
import { useFormatters } from '@/lib/use-formatters';

/** What is connected: org, the org's DC, Zoho user, when and by whom, scopes and API credits used. */
export function ConnectionFacts({ connection }: { connection: Connection }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { dcName } = useDataCenterName();
  const { org, zohoUser } = connection;
  return (
    <dl className="facts">
      <dt>{t('connection.facts.org')}</dt>
      <dd>
        {org ? t('connection.facts.orgValue', { name: org.name, edition: org.edition, id: org.id }) : '—'}
      </dd>
      {org ? (
        <>
          <dt>{t('connection.facts.defaultCountry')}</dt>
          <dd>
            {connection.defaultCountry
              ? new Intl.DisplayNames([i18n.language, 'en'], { type: 'region' }).of(connection.defaultCountry)
              : '—'}{' '}
            <Link to={`${paths.zohoCrmSettings.getHref()}?tab=identification`}>
              {t('connection.facts.changeDefaultCountry')}
            </Link>
          </dd>
        </>
      ) : null}
      <dt>{t('connection.facts.dataCenter')}</dt>
      <dd>{org ? dcName(org.dc) : '—'}</dd>
      <dt>{t('connection.facts.zohoUser')}</dt>
      <dd>
        {zohoUser ? (
          <>
            {t('connection.facts.zohoUserValue', {
              name: zohoUser.name,
              email: zohoUser.email,
              profile: zohoUser.profile,
            })}
            {zohoUser.isAdministrator ? null : (
              <span className="inline-flag">{t('connection.facts.notAdministrator')}</span>
            )}
          </>
        ) : (
          '—'
        )}
      </dd>
      <dt>{t('connection.facts.connectedAt')}</dt>
      <dd>
        {connection.connectedAt ? (
          <>
            <time dateTime={connection.connectedAt}>{format.dateTime(connection.connectedAt)}</time>
            {connection.connectedBy
              ? ` · ${t('connection.facts.by', { who: connection.connectedBy })}`
              : null}
          </>
        ) : (
          '—'
        )}
      </dd>
      <dt>{t('connection.facts.scopes')}</dt>
      <dd>
        {connection.scopes.length > 0 ? (
          <ul className="scope-list">
            {connection.scopes.map((scope) => (
              <li key={scope}>
                <code>{scope}</code>
              </li>
            ))}
          </ul>
        ) : (
          '—'
        )}
      </dd>
      <dt>{t('connection.facts.credits')}</dt>
      <dd>{formatNumber(connection.creditsUsed24h, i18n.language)}</dd>
    </dl>
  );
}
