import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from '@/lib/router';
import type { PanelContextInput } from '@cxc/shared/api/agent-panel';
import { channelSchema } from '@cxc/shared/domain/channels';
import { Field } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';
import { paths } from '@/config/paths';
import { panelSearch } from '../schemas/panel-search';

type LauncherValues = Required<
  Pick<PanelContextInput, 'name' | 'email' | 'phone' | 'company' | 'conversationId'>
> & {
  channel: NonNullable<PanelContextInput['channel']>;
};

const SAMPLE: LauncherValues = {
  name: 'Jane Roe',
  email: 'jane.roe@example.com',
  phone: '415 555 0100',
  company: 'Roe & Partners LLC',
  conversationId: 'demo-call-1',
  channel: 'calls',
};

const TEXT_FIELDS = ['name', 'email', 'phone', 'company', 'conversationId'] as const;
const FIELDS = [...TEXT_FIELDS, 'channel'] as const;

/**
 * The demo launcher: opens the panel for a visitor, as the contact-center console would by URL. A plain
 * form (no form library): six fields without validation do not need one, and the agent's first screen
 * stays small.
 */
export function PanelLauncher() {
  const { t } = useTranslation('agentPanel');
  const { t: tEvents } = useTranslation('events');
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const trimmed = Object.fromEntries(
      FIELDS.map((name) => {
        const value = data.get(name);
        return [name, typeof value === 'string' ? value.trim() : ''];
      }),
    ) as PanelContextInput;
    const conversationId = trimmed.conversationId || `demo-${Date.now()}`;
    navigate(paths.agentConversation.getHref(panelSearch({ ...trimmed, conversationId })));
  };
  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      <p className="section__description">{t('home.description')}</p>
      {TEXT_FIELDS.map((name) => (
        <Field key={name} id={`launcher-${name}`} label={t(`context.${name}`)}>
          {(control) => <input className="input" {...control} name={name} defaultValue="" />}
        </Field>
      ))}
      <Field id="launcher-channel" label={t('context.channel')}>
        {(control) => (
          <select className="select" {...control} name="channel" defaultValue="calls">
            {channelSchema.options.map((channel) => (
              <option key={channel} value={channel}>
                {tEvents(`channels.${channel}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="actions">
        <SubmitButton pending={false} pendingLabel={t('home.open')}>
          {t('home.open')}
        </SubmitButton>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => fillSample(formRef.current)}
        >
          {t('home.sample')}
        </button>
      </div>
      {/* The route is AGENT_PANEL_EMBED_PATH; importing that constant would pull the panel's API schemas
          (and the phone metadata) into this start page. */}
      <p className="section__description">{t('home.embedHint', { path: paths.agentConversation.path })}</p>
    </form>
  );
}

function fillSample(form: HTMLFormElement | null) {
  if (!form) return;
  for (const name of FIELDS) {
    const control = form.elements.namedItem(name);
    if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement)
      control.value = SAMPLE[name];
  }
}
