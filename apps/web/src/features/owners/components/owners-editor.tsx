import { useTranslation } from 'react-i18next';
import { ownerFallbackSchema } from '@cxc/shared/domain/owners';
import { OwnerSelect } from './owner-select';
import { RadioGroup } from '@/components/form/radio-group';
import { UserLinksTable } from './user-links-table';

/**
 * Who owns what is created: the agent's linked Zoho user first; missed calls and calls to unassigned
 * numbers go to the missed-call owner ("senior manager"); anything else to the fallback.
 */
export function OwnersEditor() {
  const { t } = useTranslation(['owners', 'settings']);
  return (
    <div className="settings-stack">
      <p className="muted">{t('ownersTab.intro')}</p>
      <fieldset className="settings-fieldset">
        <legend className="settings-fieldset__legend">{t('ownersTab.defaults')}</legend>
        <OwnerSelect
          path={['owners', 'missedCallOwnerId']}
          label={t('ownersTab.missedCallOwner')}
          hint={t('ownersTab.missedCallOwnerHint')}
        />
        <RadioGroup
          path={['owners', 'fallback']}
          legend={t('ownersTab.fallback')}
          options={ownerFallbackSchema.options.map((value) => ({
            value,
            label: t(`settings:ownerFallback.${value}`),
          }))}
        />
        <OwnerSelect
          path={['owners', 'defaultOwnerId']}
          label={t('ownersTab.defaultOwner')}
          hint={t('ownersTab.defaultOwnerHint')}
        />
      </fieldset>
      <UserLinksTable />
    </div>
  );
}
