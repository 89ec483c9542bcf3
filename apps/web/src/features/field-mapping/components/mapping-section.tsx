import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import type { TargetModule } from '@cxc/shared/domain/modules';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { MappingTable } from './mapping-table';

export interface MappedModule {
  module: TargetModule;
  /** Created: a new record of this module is written; updated: a found record may be updated. */
  use: 'created' | 'updated';
}

/**
 * The modules this channel writes, in the order a conversation writes them: the person, the
 * activities, the Deal; then the other searched module, whose found records may be updated.
 */
export function MappingSection({ channel }: { channel: Channel }) {
  const { t } = useTranslation('fieldMapping');
  const { control } = useFormContext<IntegrationSettings>();
  // Only what decides which modules are shown: typing in a row must not re-render every table.
  const [visitorAs, conversationAs, deal, searchOrder, leads, contacts] = useWatch({
    control,
    name: [
      `channels.${channel}.visitorAs`,
      `channels.${channel}.conversationAs`,
      `channels.${channel}.createDeal.enabled`,
      'identification.searchOrder',
      `channels.${channel}.mapping.Leads`,
      `channels.${channel}.mapping.Contacts`,
    ],
  });
  const rowCount = { Leads: leads?.length ?? 0, Contacts: contacts?.length ?? 0 };
  const created: MappedModule[] = [visitorAs, ...conversationAs, ...(deal ? (['Deals'] as const) : [])].map(
    (module) => ({ module, use: 'created' }),
  );
  const updated: MappedModule[] = searchOrder
    .filter((module) => module !== visitorAs && rowCount[module] > 0)
    .map((module) => ({ module, use: 'updated' }));
  return (
    <section className="settings-section" aria-labelledby={`mapping-${channel}`}>
      <h3 id={`mapping-${channel}`} className="settings-section__title">
        {t('mappingTable.heading')}
      </h3>
      <p className="muted">{t('mappingTable.intro')}</p>
      <p className="muted">{t('mappingTable.fallbackHint')}</p>
      {[...created, ...updated].map(({ module, use }) => (
        <MappingTable key={module} channel={channel} module={module} use={use} />
      ))}
    </section>
  );
}
