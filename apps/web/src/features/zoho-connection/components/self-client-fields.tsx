import { useFormContext } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import type { DataCenterOption } from '@cxc/shared/api/zoho-connection';
import { ZOHO_DC_HOSTS } from '@cxc/shared/domain/zoho-dcs';
import { Field } from '@/components/form/field';
import type { ConnectionFormValues } from '../schemas/connection-form';

/** What the connector needs; the admin ticks exactly these when generating a Self Client code. */
export const SELF_CLIENT_SCOPES = [
  'ZohoCRM.modules.ALL',
  'ZohoCRM.settings.ALL',
  'ZohoCRM.users.READ',
  'ZohoCRM.org.READ',
  'ZohoCRM.coql.READ',
  'ZohoCRM.notifications.ALL',
] as const;

/** Zoho's API console lives beside each DC's accounts server (api-console.zoho.eu, api-console.zohocloud.ca). */
function apiConsoleHost(option: DataCenterOption | undefined): string {
  const accounts = new URL(ZOHO_DC_HOSTS[option?.dc ?? 'us'].accounts).host;
  return accounts.replace(/^accounts\./, 'api-console.');
}

export function SelfClientFields({
  idPrefix,
  selected,
}: {
  idPrefix: string;
  selected: DataCenterOption | undefined;
}) {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<ConnectionFormValues>();
  const consoleHost = apiConsoleHost(selected);
  return (
    <>
      <div className="callout callout--info" id={`${idPrefix}-self-client-help`}>
        <p>
          <Trans
            i18nKey="connection.setup.selfClientHelp"
            values={{ console: consoleHost }}
            components={{ strong: <strong /> }}
          />
        </p>
        <ul className="scope-list" aria-label={t('connection.setup.scopesLabel')}>
          {SELF_CLIENT_SCOPES.map((scope) => (
            <li key={scope}>
              <code>{scope}</code>
            </li>
          ))}
        </ul>
      </div>
      <Field
        id={`${idPrefix}-code`}
        label={t('connection.setup.code')}
        description={t('connection.setup.codeHint')}
        error={formState.errors.code?.message}
      >
        {(control) => (
          <input
            {...control}
            className="input input--mono"
            autoComplete="off"
            spellCheck={false}
            {...register('code')}
          />
        )}
      </Field>
    </>
  );
}
