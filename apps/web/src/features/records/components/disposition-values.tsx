import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';
import { FieldError } from '@/components/form/field-error';
import { useModuleFields } from '@/lib/settings/use-module-fields';
import { useSetSetting } from '@/lib/settings/use-set-setting';
import { useFieldError } from '@/lib/settings/use-field-error';

const PATH = ['records', 'lateData', 'disposition', 'values'] as const;
/** The shared schema's limits on a code and on the value written. */
const MAX_CODE = 200;
const MAX_VALUE = 255;

interface Row {
  key: number;
  code: string;
  value: string;
}
type Problem = 'codeRequired' | 'codeDuplicate' | 'codeTooLong' | 'valueRequired' | 'valueTooLong';

const asRecord = (value: unknown): Record<string, string> =>
  typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};

/** Only complete rows reach the settings; a code typed twice keeps its first row. */
function toValues(rows: readonly Row[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const row of rows) {
    const code = row.code.trim();
    if (code && row.value && !(code in values) && code.length <= MAX_CODE && row.value.length <= MAX_VALUE)
      values[code] = row.value;
  }
  return values;
}

const sameValues = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

function problemsOf(rows: readonly Row[], row: Row): { code?: Problem; value?: Problem } {
  const code = row.code.trim();
  if (!code && !row.value) return {};
  const first = rows.find((other) => other.code.trim() === code);
  return {
    ...(!code
      ? { code: 'codeRequired' as const }
      : code.length > MAX_CODE
        ? { code: 'codeTooLong' as const }
        : first && first.key !== row.key
          ? { code: 'codeDuplicate' as const }
          : {}),
    ...(!row.value
      ? { value: 'valueRequired' as const }
      : row.value.length > MAX_VALUE
        ? { value: 'valueTooLong' as const }
        : {}),
  };
}

/** The picklist the values come from: Zoho's Call_Result, or the admin's field when it is a picklist. */
function usePicklist(target: unknown, field: unknown): ZohoField | undefined {
  const calls = useModuleFields('Calls').fields;
  const name = target === 'field' ? (typeof field === 'string' ? field : '') : 'Call_Result';
  const found = calls?.find((candidate) => candidate.api_name === name);
  return found?.data_type === 'picklist' ? found : undefined;
}

/**
 * Disposition codes the platform sends, each mapped to the value Zoho gets: one of the picklist's own
 * values (Zoho refuses others), or free text for a text field. Unmapped codes are written as sent.
 */
export function DispositionValues() {
  const { t } = useTranslation(['records', 'settings']);
  const setSetting = useSetSetting();
  const saved = asRecord(useWatch({ name: 'records.lateData.disposition.values' }));
  const picklist = usePicklist(
    useWatch({ name: 'records.lateData.disposition.target' }),
    useWatch({ name: 'records.lateData.disposition.field' }),
  );
  const [typed, setTyped] = useState<Row[]>(() =>
    Object.entries(saved).map(([code, value], key) => ({ key, code, value })),
  );
  // A reload or a restored version replaces the rows; the admin's unfinished rows survive their own edits.
  const rows = sameValues(toValues(typed), saved)
    ? typed
    : Object.entries(saved).map(([code, value], key) => ({ key, code, value }));
  const change = (next: Row[]) => {
    setTyped(next);
    setSetting('records.lateData.disposition.values', toValues(next));
  };
  const nextKey = rows.reduce((max, row) => Math.max(max, row.key), -1) + 1;
  return (
    <fieldset className="settings-fieldset">
      <legend className="settings-fieldset__legend">{t('late.values.legend')}</legend>
      <p className="muted">{t('late.values.intro')}</p>
      {rows.length === 0 ? <p className="muted">{t('late.values.none')}</p> : null}
      <ul className="settings-stack">
        {rows.map((row, index) => (
          <ValueRow
            key={row.key}
            row={row}
            position={index + 1}
            problems={problemsOf(rows, row)}
            picklist={picklist}
            onChange={(changed) => change(rows.map((r) => (r.key === row.key ? changed : r)))}
            onRemove={() => change(rows.filter((r) => r.key !== row.key))}
          />
        ))}
      </ul>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => change([...rows, { key: nextKey, code: '', value: '' }])}
      >
        {t('late.values.add')}
      </button>
    </fieldset>
  );
}

function ValueRow({
  row,
  position,
  problems,
  picklist,
  onChange,
  onRemove,
}: {
  row: Row;
  position: number;
  problems: { code?: Problem; value?: Problem };
  picklist: ZohoField | undefined;
  onChange: (row: Row) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation(['records', 'settings']);
  const id = useId();
  // The server's word on this code (a saved value Zoho's schema refused), beside the row's own checks.
  const server = useFieldError([...PATH, row.code.trim() || ' ']);
  const codeError = problems.code ? t(`late.values.${problems.code}`) : server.text;
  const valueError = problems.value ? t(`late.values.${problems.value}`) : undefined;
  const options = picklist?.pick_list_values.filter((o) => o.actual_value !== '-None-') ?? [];
  const unknown = row.value !== '' && !options.some((o) => o.actual_value === row.value);
  const described = (error: string | undefined, suffix: string) =>
    error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${suffix}-error` } : {};
  return (
    // The group sits inside the item: a list may hold only list items (a role on the <li> hides it).
    <li>
      <div className="field-row" aria-label={t('late.values.row', { position })} role="group">
        <div className="field">
          <label htmlFor={`${id}-code`} className="field__label">
            {t('late.values.code')}
          </label>
          <input
            id={`${id}-code`}
            className="input"
            value={row.code}
            onChange={(event) => onChange({ ...row, code: event.target.value })}
            {...described(codeError, 'code')}
          />
          <FieldError id={`${id}-code-error`} text={codeError} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`} className="field__label">
            {t('late.values.value')}
          </label>
          {picklist ? (
            <select
              id={`${id}-value`}
              className="input"
              value={row.value}
              onChange={(event) => onChange({ ...row, value: event.target.value })}
              {...described(valueError, 'value')}
            >
              <option value="">{t('settings:common.choose')}</option>
              {options.map((option) => (
                <option key={option.actual_value} value={option.actual_value}>
                  {option.display_value}
                </option>
              ))}
              {unknown ? (
                <option value={row.value}>{t('settings:common.notInZoho', { value: row.value })}</option>
              ) : null}
            </select>
          ) : (
            <input
              id={`${id}-value`}
              className="input"
              value={row.value}
              onChange={(event) => onChange({ ...row, value: event.target.value })}
              {...described(valueError, 'value')}
            />
          )}
          <FieldError id={`${id}-value-error`} text={valueError} />
        </div>
        <button type="button" className="button button--secondary button--small" onClick={onRemove}>
          {t('late.values.remove', { code: row.code.trim() || position })}
        </button>
      </div>
    </li>
  );
}
