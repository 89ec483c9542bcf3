import { useTranslation } from 'react-i18next';
import { isActiveUser } from '@cxc/shared/domain/zoho-users';
import { useZohoUsers } from '@/lib/settings/use-zoho-users';
import { fieldId, type SettingsPath } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from '@/components/form/field-error';
import { useOptionalField } from '@/components/form/use-optional-field';
import { useUserLabel } from '@/lib/settings/use-user-label';

/** An optional Zoho user of the org; without the user list (metadata failed) the user id is typed. */
export function OwnerSelect({ path, label, hint }: { path: SettingsPath; label: string; hint: string }) {
  const { t } = useTranslation(['owners', 'settings']);
  const { users } = useZohoUsers();
  const userLabel = useUserLabel();
  const hintId = `${fieldId(path)}-hint`;
  const { id, text, errorId, controlProps } = useFieldError(path, hintId);
  const { value: current, onChange } = useOptionalField(path);
  const control = {
    ...controlProps,
    value: current,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value.trim()),
  };
  const unknown = current !== '' && !users?.some((user) => user.id === current);
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={hintId} className="field__description">
        {hint}
      </p>
      {users ? (
        <select className="input" {...control}>
          <option value="">{t('settings:common.none')}</option>
          {users.map((user) => (
            <option key={user.id} value={user.id} disabled={!isActiveUser(user) && user.id !== current}>
              {userLabel(user.id)}
            </option>
          ))}
          {unknown ? (
            <option value={current}>{t('settings:common.notInZoho', { value: current })}</option>
          ) : null}
        </select>
      ) : (
        <input className="input input--mono" inputMode="numeric" {...control} />
      )}
      <FieldError id={errorId} text={text} />
    </div>
  );
}
