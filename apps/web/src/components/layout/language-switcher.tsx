import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDownIcon, GlobeIcon } from '@/components/ui/icons';
import { changeLanguage } from '@/lib/i18n/i18n';
import { isLanguage, LANGUAGE_AUTONYMS, LANGUAGES, type Language } from '@/lib/i18n/languages';

/**
 * A native `<select>`: keyboard, screen-reader and touch behaviour come from the platform. Each
 * language is named in itself (`LANGUAGE_AUTONYMS`, its locale's `language.autonym`) and marked with `lang`, so a
 * user finds their language whatever the console is showing.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';

  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.target.value;
    if (isLanguage(next)) void changeLanguage(i18n, next);
  };

  return (
    <div className="language-select">
      <label htmlFor={id} className="sr-only">
        {t('language.label')}
      </label>
      <GlobeIcon className="language-select__icon" />
      <select id={id} className="language-select__control" value={current} onChange={onChange}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_AUTONYMS[language]}
          </option>
        ))}
      </select>
      <ChevronDownIcon className="language-select__chevron" />
    </div>
  );
}
