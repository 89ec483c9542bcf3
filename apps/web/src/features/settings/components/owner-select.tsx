import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { isActiveUser } from '@cxc/shared/domain/zoho-users';
import { asName, useEditor } from '../lib/editor-context';
import { fieldId, type SettingsPath } from '../lib/field-path';
import { useFieldError } from '../lib/use-field-error';
import { FieldError } from './field-error';
import { useUserLabel } from './use-user-label';

/** An optional Zoho user of the org; without the user list (metadata failed) the user id is typed. */
export function OwnerSelect({ path, label, hint }: { path: SettingsPath; label: string; hint: string }) {
  const { t } = useTranslation('settings');
  const { register, control } = useFormContext<IntegrationSettings>();
  const { metadata } = useEditor();
  const userLabel = useUserLabel();
  const hintId = `${fieldId(path)}-hint`;
  const { id, text, errorId, controlProps } = useFieldError(path, hintId);
  const current: unknown = useWatch({ control, name: asName(path) });
  const registration = register(asName(path), { setValueAs: (value: unknown) => (value === '' ? undefined : value) });
  const users = metadata.data?.users;
  const unknown = typeof current === 'string' && current !== '' && !users?.some((user) => user.id === current);
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={hintId} className="field__description">
        {hint}
      </p>
      {users ? (
        <select className="input" {...controlProps} {...registration}>
          <option value="">{t('common.none')}</option>
          {users.map((user) => (
            <option key={user.id} value={user.id} disabled={!isActiveUser(user) && user.id !== current}>
              {userLabel(user.id)}
            </option>
          ))}
          {unknown ? <option value={current}>{t('common.notInZoho', { value: current })}</option> : null}
        </select>
      ) : (
        <input className="input input--mono" inputMode="numeric" {...controlProps} {...registration} />
      )}
      <FieldError id={errorId} text={text} />
    </div>
  );
}
