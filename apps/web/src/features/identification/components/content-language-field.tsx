import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CONTENT_LANGUAGES,
  contentLanguageSchema,
  DEFAULT_CONTENT_LANGUAGE,
} from '@cxc/shared/domain/content-language';
import { CHANNELS } from '@cxc/shared/domain/channels';
import { relocalizeDefaults } from '@cxc/shared/domain/relocalize-defaults';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from '@/components/form/field-error';

const PATH = ['language'] as const;

/**
 * The tenant's language for what the connector writes into Zoho. Choosing another one also moves the
 * defaults the admin has not edited (rule names, template words) into it; every changed value is set
 * on its own field, so the form marks exactly those as changed and the rule and mapping lists keep
 * their rows.
 */
export function ContentLanguageField() {
  const { t } = useTranslation('identification');
  const { control, getValues, setValue } = useFormContext<IntegrationSettings>();
  const language = useWatch({ control, name: 'language' }) ?? DEFAULT_CONTENT_LANGUAGE;
  const hintId = 'settings-language-hint';
  const { id, text, errorId, controlProps } = useFieldError([...PATH], hintId);

  const choose = (value: string) => {
    const parsed = contentLanguageSchema.safeParse(value);
    if (!parsed.success) return;
    const before = getValues();
    const after = relocalizeDefaults(before, parsed.data);
    const options = { shouldDirty: true } as const;
    for (const channel of CHANNELS) {
      after.channels[channel].rules.forEach((rule, index) => {
        if (rule.name !== before.channels[channel].rules[index]?.name)
          setValue(`channels.${channel}.rules.${index}.name`, rule.name, options);
      });
      for (const [module, rows] of Object.entries(after.channels[channel].mapping)) {
        const old = before.channels[channel].mapping[module as keyof typeof before.channels.web_chat.mapping];
        rows.forEach((row, index) => {
          if (JSON.stringify(row) !== JSON.stringify(old?.[index]))
            setValue(`channels.${channel}.mapping.${module}.${index}` as never, row as never, options);
        });
      }
    }
    setValue('language', parsed.data, options);
  };

  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('policies.language')}
      </label>
      <p id={hintId} className="field__description">
        {t('policies.languageHint')}
      </p>
      <select
        className="input"
        {...controlProps}
        value={language}
        onChange={(event) => choose(event.target.value)}
      >
        {CONTENT_LANGUAGES.map((value) => (
          <option key={value} value={value}>
            {t(`policies.languages.${value}`)}
          </option>
        ))}
      </select>
      <FieldError id={errorId} text={text} />
    </div>
  );
}
