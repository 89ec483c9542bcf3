import { useTranslation } from 'react-i18next';
import type { UserLink } from '@cxc/shared/domain/owners';
import { findActiveUserByEmail, isActiveUser } from '@cxc/shared/domain/zoho-users';
import { Badge } from '@/components/ui/badge';
import { useZohoUsers } from '@/lib/settings/use-zoho-users';
import { fieldId } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from '@/components/form/field-error';
import { useUserLabel } from '@/lib/settings/use-user-label';

interface UserLinkRowProps {
  agent: { email: string; name: string | null };
  links: readonly UserLink[];
  onChange: (email: string, zohoUserId: string) => void;
}

/** One agent: the Zoho user chosen for them (or "by e-mail"), and how the match was made. */
export function UserLinkRow({ agent, links, onChange }: UserLinkRowProps) {
  const { t } = useTranslation(['owners', 'settings']);
  const { users } = useZohoUsers();
  const userLabel = useUserLabel();
  const index = links.findIndex((link) => link.agentEmail.toLowerCase() === agent.email.toLowerCase());
  const link = index >= 0 ? links[index] : undefined;
  const error = useFieldError(['owners', 'userLinks', Math.max(index, 0), 'zohoUserId']);
  const selectId = link ? error.id : fieldId(['owners', 'agent', agent.email]);
  const byEmail = users ? findActiveUserByEmail(users, agent.email) : undefined;
  const label = t('userLinks.selectLabel', { agent: agent.email });
  const status = link ? (
    <Badge tone="info">{t(`userLinks.source_${link.source}`)}</Badge>
  ) : byEmail ? (
    <Badge tone="success">{t('userLinks.byEmail', { user: userLabel(byEmail.id) })}</Badge>
  ) : users ? (
    <Badge tone="warning">{t('userLinks.none')}</Badge>
  ) : (
    <Badge>{t('userLinks.unknown')}</Badge>
  );
  return (
    <tr>
      <th scope="row">
        {agent.name ? <span className="user-link__name">{agent.name}</span> : null}
        <span className="user-link__email">{agent.email}</span>
      </th>
      <td>
        {users ? (
          <select
            id={selectId}
            className="input"
            aria-label={label}
            aria-invalid={link && error.text ? true : undefined}
            aria-describedby={link && error.text ? error.errorId : undefined}
            value={link?.zohoUserId ?? ''}
            onChange={(event) => onChange(agent.email, event.target.value)}
          >
            <option value="">{t('userLinks.automatic')}</option>
            {users.map((user) => (
              <option
                key={user.id}
                value={user.id}
                disabled={!isActiveUser(user) && user.id !== link?.zohoUserId}
              >
                {userLabel(user.id)}
              </option>
            ))}
            {link && !users.some((user) => user.id === link.zohoUserId) ? (
              <option value={link.zohoUserId}>
                {t('settings:common.notInZoho', { value: link.zohoUserId })}
              </option>
            ) : null}
          </select>
        ) : (
          <input
            id={selectId}
            className="input input--mono"
            aria-label={label}
            value={link?.zohoUserId ?? ''}
            onChange={(event) => onChange(agent.email, event.target.value.trim())}
          />
        )}
        {link ? <FieldError id={error.errorId} text={error.text} /> : null}
      </td>
      <td>{status}</td>
    </tr>
  );
}
