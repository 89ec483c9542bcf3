import { useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { SOURCE_FIELDS } from '@cxc/shared/domain/source-fields';
import { asName } from '@/lib/settings/editor-context';
import { fieldId, type SettingsPath } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { useSetSetting } from '@/lib/settings/use-set-setting';
import { useLabels } from '@/lib/settings/use-labels';
import { FieldError } from '@/components/form/field-error';
import { TemplatePreview } from './template-preview';

/** A template with `{{variables}}`, a picker that inserts one at the cursor, and a live preview. */
export function TemplateField({ channel, path }: { channel: Channel; path: SettingsPath }) {
  const { t } = useTranslation('fieldMapping');
  const labels = useLabels();
  const { register, getValues } = useFormContext<IntegrationSettings>();
  const set = useSetSetting();
  const previewId = `${fieldId(path)}-preview`;
  const { id, text, errorId, controlProps } = useFieldError(path, previewId);
  const area = useRef<HTMLTextAreaElement | null>(null);
  const variables = SOURCE_FIELDS.filter((field) => field.channels.includes(channel));
  const [variable, setVariable] = useState(variables[0]?.path ?? '');
  const { ref, ...registration } = register(asName(path));

  const insert = () => {
    const value: unknown = getValues(asName(path));
    const current = typeof value === 'string' ? value : '';
    const at = area.current?.selectionStart ?? current.length;
    const token = `{{${variable}}}`;
    set(asName(path), `${current.slice(0, at)}${token}${current.slice(at)}`);
    area.current?.focus();
    area.current?.setSelectionRange(at + token.length, at + token.length);
  };

  return (
    <div className="field field--wide">
      <label htmlFor={id} className="field__label">
        {t('mappingTable.template')}
      </label>
      <textarea
        className="input input--mono"
        rows={4}
        {...controlProps}
        {...registration}
        ref={(node) => {
          ref(node);
          area.current = node;
        }}
      />
      <FieldError id={errorId} text={text} />
      <div className="add-row">
        <label htmlFor={`${id}-variable`} className="field__label">
          {t('templateField.variable')}
        </label>
        <select
          id={`${id}-variable`}
          className="input"
          value={variable}
          onChange={(event) => setVariable(event.target.value)}
        >
          {variables.map((field) => (
            <option key={field.path} value={field.path}>
              {labels.source(field.path)}
            </option>
          ))}
        </select>
        <button type="button" className="button button--secondary" onClick={insert}>
          {t('templateField.insert')}
        </button>
      </div>
      <TemplatePreview id={previewId} channel={channel} path={path} />
    </div>
  );
}
