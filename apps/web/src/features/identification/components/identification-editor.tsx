import { useTranslation } from 'react-i18next';
import { identityModuleSchema } from '@cxc/shared/domain/modules';
import { IdRuleList } from './id-rule-list';
import { PolicyFields } from './policy-fields';
import { SearchOrder } from './search-order';

/** How a conversation finds its person in Zoho, and what happens to a record that was found. */
export function IdentificationEditor() {
  const { t } = useTranslation('identification');
  return (
    <div className="settings-stack">
      <p className="muted">{t('idRules.tabIntro')}</p>
      <SearchOrder />
      <section className="settings-section" aria-labelledby="id-rules-heading">
        <h3 id="id-rules-heading" className="settings-section__title">
          {t('idRules.heading')}
        </h3>
        <p className="muted">{t('idRules.intro')}</p>
        {identityModuleSchema.options.map((module) => (
          <IdRuleList key={module} module={module} />
        ))}
      </section>
      <PolicyFields />
    </div>
  );
}
