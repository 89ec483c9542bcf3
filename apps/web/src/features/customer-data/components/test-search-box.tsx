import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MirrorHit } from '@cxc/shared/api/customer-data';
import { useFormatters } from '@/lib/use-formatters';
import { useTestCustomerSearch } from '../api/test-customer-search';

function Hits({ title, hits }: { title: string; hits: MirrorHit[] }) {
  const { t } = useTranslation('customerData');
  return (
    <div className="stack">
      <h4>{title}</h4>
      {hits.length === 0 ? (
        <p>{t('search.nothing')}</p>
      ) : (
        <ul>
          {hits.map((hit) => (
            <li key={`${hit.module}:${hit.id}`}>
              <a
                href={hit.url}
                target="_blank"
                rel="noreferrer"
                aria-label={t('search.open', { name: hit.name })}
              >
                {hit.name}
              </a>{' '}
              ({t(`modules.${hit.module}`)}){hit.company ? ` · ${hit.company}` : ''}
              {[...hit.emails, ...hit.phones].length ? ` · ${[...hit.emails, ...hit.phones].join(', ')}` : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const ZOHO_REASONS = ['not_connected', 'needs_reconnect', 'zoho_unreachable', 'throttled'] as const;
type ZohoReason = (typeof ZOHO_REASONS)[number];
const isZohoReason = (code: string): code is ZohoReason => (ZOHO_REASONS as readonly string[]).includes(code);

/** A phone, e-mail or name, answered by the mirror and by Zoho side by side. */
export function TestSearchBox({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('customerData');
  // The server names the reason; the words are the admin's language (Zoho's own codes stay as they are).
  const zohoFailed = (code: string) =>
    isZohoReason(code) ? t(`search.zohoFailed.${code}`) : t('search.zohoFailed.other', { code });
  const format = useFormatters();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const search = useTestCustomerSearch(tenantId, q);
  return (
    <div className="stack">
      <form
        className="form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setQ(draft.trim());
        }}
      >
        <label htmlFor="customer-data-search">{t('search.label')}</label>
        <input
          id="customer-data-search"
          className="input"
          type="search"
          maxLength={200}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </form>
      <div aria-live="polite">
        {search.data ? (
          <>
            <p>
              {t(`search.by.${search.data.by}`)}{' '}
              {search.data.mirrorAsOf
                ? t('search.asOf', { when: format.dateTime(search.data.mirrorAsOf) })
                : null}
            </p>
            <Hits title={t('search.mirror')} hits={search.data.mirror} />
            <Hits title={t('search.zoho')} hits={search.data.zoho} />
            {search.data.zohoError ? <p role="alert">{zohoFailed(search.data.zohoError)}</p> : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
