import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type LinkedRecord,
  type PanelAction,
  panelActionSchema,
  type PanelContextInput,
  type PanelParent,
} from '@cxc/shared/api/agent-panel';
import { ActionForm } from './action-form';

interface ActionBarProps {
  tenantId: string;
  context: PanelContextInput;
  parent: PanelParent | undefined;
}

/** The six one-click actions; each opens its form below the buttons, one at a time. */
export function ActionBar({ tenantId, context, parent }: ActionBarProps) {
  const { t } = useTranslation('agentPanel');
  const { t: tEvents } = useTranslation('events');
  const [open, setOpen] = useState<PanelAction | null>(null);
  const [created, setCreated] = useState<LinkedRecord | null>(null);
  return (
    <div className="stack">
      <div className="actions" role="group" aria-label={t('actions.title')}>
        {panelActionSchema.options.map((action) => (
          <button
            key={action}
            type="button"
            className={`button button--small ${open === action ? 'button--primary' : 'button--secondary'}`}
            aria-pressed={open === action}
            onClick={() => {
              setCreated(null);
              setOpen(open === action ? null : action);
            }}
          >
            {t(`actions.${action}`)}
          </button>
        ))}
      </div>
      {created ? (
        <p className="notice notice--success" role="status">
          {t('actions.created', {
            module: tEvents(`modules.${created.module}`),
            name: created.name ?? created.id,
          })}{' '}
          <a href={created.url} target="_blank" rel="noopener noreferrer">
            {t('matches.openInZoho')}
          </a>
        </p>
      ) : null}
      {open ? (
        <section aria-label={t(`actions.${open}`)} className="panel">
          <h3 className="subsection__title">{t(`actions.${open}`)}</h3>
          <ActionForm
            key={`${open}:${parent?.id ?? ''}`}
            tenantId={tenantId}
            action={open}
            context={context}
            parent={parent}
            onCreated={(record) => {
              setCreated(record);
              setOpen(null);
            }}
            onClose={() => setOpen(null)}
          />
        </section>
      ) : null}
    </div>
  );
}
