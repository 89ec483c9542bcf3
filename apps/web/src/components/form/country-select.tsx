import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { phoneCountries } from '@cxc/shared/domain/record-country';
import type { FieldControlProps } from './field';

interface CountrySelectProps extends Partial<FieldControlProps> {
  id: string;
  /** ISO 3166-1 alpha-2, or '' for none. */
  value: string;
  onChange: (country: string) => void;
  /** The label of the '' choice (what applies when no country is picked). */
  emptyLabel: string;
}

/** A country picker: names in the console's language, sorted by them, the ISO code as the value. */
export function CountrySelect({ value, onChange, emptyLabel, ...control }: CountrySelectProps) {
  const { i18n } = useTranslation();
  const options = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language, 'en'], { type: 'region' });
    return phoneCountries()
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  }, [i18n.language]);
  return (
    <select className="input" {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{emptyLabel}</option>
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.name}
        </option>
      ))}
    </select>
  );
}
