import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelRecord } from '@cxc/shared/api/agent-panel';
import { Badge } from '@/components/ui/badge';
import { DialLink } from './dial-link';
import { RelatedList } from './related-list';
import { useFormatters } from '@/lib/use-formatters';

interface RecordCardProps {
  record: PanelRecord;
  dialUrlTemplate: string;
  /** Open Tasks and Cases: read for the screen pop, not for search results (they cost two calls each). */
  showRelated?: boolean;
  /** E.g. the "record activities on this person" choice. */
  footer?: ReactNode;
}

/** One Lead, Contact or Account: who it is, whose it is, how to reach them, and what is open. */
export function RecordCard({ record, dialUrlTemplate, showRelated = true, footer }: RecordCardProps) {
  const { t } = useTranslation('agentPanel');
  const { t: tEvents } = useTranslation('events');
  const format = useFormatters();
  const titleId = `record-${record.module}-${record.id}`;
  const lastActivity = record.lastActivity ? format.dateTime(record.lastActivity) : null;
  return (
    <article className="card agent-panel__record" aria-labelledby={titleId}>
      <div className="card__header">
        <h3 id={titleId} className="card__title">
          {record.name}
        </h3>
        <div className="card__aside">
          <Badge tone="info">{tEvents(`modules.${record.module}`)}</Badge>
        </div>
      </div>
      <div className="card__body">
        <dl className="facts facts--compact">
          {record.company ? (
            <>
              <dt>{t('matches.company')}</dt>
              <dd>{record.company}</dd>
            </>
          ) : null}
          {record.owner ? (
            <>
              <dt>{t('matches.owner')}</dt>
              <dd>{record.owner}</dd>
            </>
          ) : null}
          {record.phones.length ? (
            <>
              <dt>{t('matches.phone')}</dt>
              <dd>
                {record.phones.map((phone, i) => (
                  <span key={phone}>
                    {i > 0 ? ', ' : ''}
                    <DialLink phone={phone} template={dialUrlTemplate} />
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          {record.email ? (
            <>
              <dt>{t('matches.email')}</dt>
              <dd>
                <a href={`mailto:${record.email}`}>{record.email}</a>
              </dd>
            </>
          ) : null}
          {lastActivity ? (
            <>
              <dt>{t('matches.lastActivity')}</dt>
              <dd>{lastActivity}</dd>
            </>
          ) : null}
          {showRelated ? (
            <>
              <dt>{t('matches.openTasks')}</dt>
              <dd>
                <RelatedList items={record.openTasks} />
              </dd>
            </>
          ) : null}
          {showRelated && record.module !== 'Leads' ? (
            <>
              <dt>{t('matches.openCases')}</dt>
              <dd>
                <RelatedList items={record.openCases} />
              </dd>
            </>
          ) : null}
        </dl>
        <p className="actions">
          <a
            className="button button--small"
            href={record.url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('matches.openInZohoNamed', { name: record.name })}
          >
            {t('matches.openInZoho')}
          </a>
        </p>
        {footer}
      </div>
    </article>
  );
}
