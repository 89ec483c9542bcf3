import { useTranslation } from 'react-i18next';
import { ListInput } from '@/components/form/list-input';
import { TextField } from '@/components/form/text-field';

const base = ['records', 'internalNumbers'] as const;

/** The company's own lines: never a Lead or Contact, never matched to a customer. */
export function InternalNumbersFields() {
  const { t } = useTranslation('records');
  return (
    <fieldset className="settings-fieldset">
      <legend className="settings-fieldset__legend">{t('internal.legend')}</legend>
      <p className="muted">{t('internal.intro')}</p>
      <ListInput path={[...base, 'numbers']} label={t('internal.numbers')} hint={t('internal.numbersHint')} />
      <ListInput
        path={[...base, 'extensions']}
        label={t('internal.extensions')}
        hint={t('internal.extensionsHint')}
      />
      <ListInput
        path={[...base, 'patterns']}
        label={t('internal.patterns')}
        hint={t('internal.patternsHint')}
      />
      <TextField
        path={[...base, 'minDigits']}
        label={t('internal.minDigits')}
        hint={t('internal.minDigitsHint')}
        type="number"
      />
    </fieldset>
  );
}
