import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { UserLink } from '@cxc/shared/domain/owners';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { findActiveUserByEmail } from '@cxc/shared/domain/zoho-users';
import { errorMessageKey } from '@/components/errors/error-message';
import { useAgentLinks } from '../api/list-agent-links';
import { useEditor } from '@/lib/settings/editor-context';
import { useZohoUsers } from '@/lib/settings/use-zoho-users';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from '@/components/form/field-error';
import { UserLinkRow } from './user-link-row';
import { TableRegion } from '@/components/ui/table-region';

const key = (email: string) => email.trim().toLowerCase();

/**
 * Each agent beside the Zoho user who will own their records: a manual link, else the active Zoho
 * user with the same e-mail. Agents neither finds are flagged before automatic mode goes live.
 */
export function UserLinksTable() {
  const { t } = useTranslation(['owners', 'settings']);
  const tApp = useTranslation().t;
  const { tenantId } = useEditor();
  const agents = useAgentLinks(tenantId);
  const { control } = useFormContext<IntegrationSettings>();
  const { field } = useController({ control, name: 'owners.userLinks' });
  const links: UserLink[] = field.value;
  const listError = useFieldError(['owners', 'userLinks']);
  const zoho = useZohoUsers();
  const users = zoho.users ?? [];
  const emails = new Map<string, { email: string; name: string | null }>();
  for (const agent of agents.data?.agents ?? [])
    emails.set(key(agent.email), { email: agent.email, name: agent.name });
  for (const link of links)
    if (!emails.has(key(link.agentEmail)))
      emails.set(key(link.agentEmail), { email: link.agentEmail, name: null });
  const rows = [...emails.values()];
  const unmatched = rows.filter(
    (row) =>
      !links.some((link) => key(link.agentEmail) === key(row.email)) &&
      !findActiveUserByEmail(users, row.email),
  ).length;

  const setLink = (email: string, zohoUserId: string) => {
    const others = links.filter((link) => key(link.agentEmail) !== key(email));
    const index = links.findIndex((link) => key(link.agentEmail) === key(email));
    if (!zohoUserId) return field.onChange(others);
    const next: UserLink = { agentEmail: email, zohoUserId, source: 'manual' };
    field.onChange(index >= 0 ? links.map((link, i) => (i === index ? next : link)) : [...links, next]);
  };

  return (
    <section
      id={listError.id}
      tabIndex={-1}
      className="settings-section"
      aria-labelledby="user-links-heading"
    >
      <h3 id="user-links-heading" className="settings-section__title">
        {t('userLinks.heading')}
      </h3>
      <p className="muted">{t('userLinks.intro')}</p>
      <FieldError id={listError.errorId} text={listError.text} />
      {agents.isPending ? <p role="status">{t('userLinks.loading')}</p> : null}
      {agents.error ? (
        <p className="callout callout--warning">
          {t('userLinks.failed', { reason: tApp(errorMessageKey(agents.error)) })}
        </p>
      ) : null}
      {zoho.failure ? (
        <p className="callout callout--warning">
          {t('settings:metadata.usersFailed', { reason: zoho.failure })}
        </p>
      ) : null}
      {unmatched > 0 && zoho.users ? (
        <p className="callout callout--warning">{t('userLinks.unmatched', { count: unmatched })}</p>
      ) : null}
      {rows.length === 0 && !agents.isPending ? <p>{t('userLinks.empty')}</p> : null}
      {rows.length > 0 ? (
        <div className="table-card">
          <TableRegion label={t('userLinks.caption')}>
            <table className="data-table">
              <caption className="sr-only">{t('userLinks.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('userLinks.agent')}</th>
                  <th scope="col">{t('userLinks.zohoUser')}</th>
                  <th scope="col">{t('userLinks.match')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <UserLinkRow key={key(row.email)} agent={row} links={links} onChange={setLink} />
                ))}
              </tbody>
            </table>
          </TableRegion>
        </div>
      ) : null}
    </section>
  );
}
