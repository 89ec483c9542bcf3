import { useTranslation } from 'react-i18next';
import type { RelatedItem } from '@cxc/shared/api/agent-panel';

/** Open Tasks or Cases of a record; `null` means Zoho could not be asked (no permission, an error). */
export function RelatedList({ items }: { items: RelatedItem[] | null }) {
  const { t } = useTranslation('agentPanel');
  if (items === null) return <>{t('matches.notLoaded')}</>;
  if (items.length === 0) return <>{t('matches.noneOpen')}</>;
  return (
    <ul className="agent-panel__related">
      {items.map((item) => (
        <li key={item.id}>
          <a href={item.url} target="_blank" rel="noopener noreferrer">
            {item.subject}
          </a>
          {item.status ? ` · ${item.status}` : ''}
          {item.dueDate ? ` · ${item.dueDate}` : ''}
        </li>
      ))}
    </ul>
  );
}
