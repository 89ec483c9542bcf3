import { useTranslation } from 'react-i18next';
import type { PanelContextInput } from '@cxc/shared/api/agent-panel';
import { useScreenPop } from '../api/get-screen-pop';
import type { ActionForm } from '../api/get-action-form';

interface FormSubjectProps {
  tenantId: string;
  context: PanelContextInput;
  form: ActionForm;
}

/**
 * What the new record hangs off and who will own it, by name: the parent's name comes from the screen
 * pop the panel already read (no extra Zoho call), the owner's from Zoho's user list. Ids stay on hover.
 */
export function FormSubject({ tenantId, context, form }: FormSubjectProps) {
  const { t } = useTranslation('agentPanel');
  const { t: tEvents } = useTranslation('events');
  const pop = useScreenPop(tenantId, context);
  const { parent, owner } = form;
  const parentName = parent
    ? pop.data?.matches.find((m) => m.module === parent.module && m.id === parent.id)?.name
    : undefined;
  return (
    <p className="section__description">
      {parent ? (
        <span title={parent.id}>
          {t(parentName ? 'actions.parentNamed' : 'actions.parent', {
            module: tEvents(`modules.${parent.module}`),
            id: parent.id,
            name: parentName,
          })}
        </span>
      ) : (
        t('actions.noParent')
      )}
      {' · '}
      {owner.id ? (
        <span title={owner.id}>
          {owner.name
            ? t('actions.owner', { name: owner.name })
            : t('actions.ownerUnnamed', { id: owner.id })}
        </span>
      ) : (
        t('actions.ownerConnected')
      )}
    </p>
  );
}
