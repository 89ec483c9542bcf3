import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { loose } from './dynamic-t';
import type { SettingsPath } from './field-path';
import { useLabels } from './use-labels';

/** The item a list index counts, by the list it is in. */
const INDEXED: Record<string, string> = {
  rules: 'pathLabel.rule',
  conditions: 'pathLabel.condition',
  searchOrder: 'pathLabel.position',
  userLinks: 'pathLabel.link',
  conversationAs: 'pathLabel.item',
};

const CHANNELS = new Set(['web_chat', 'inbox', 'calls', 'meetings']);
const MODULES = new Set(['Leads', 'Contacts', 'Accounts', 'Deals', 'Tasks', 'Cases', 'Calls', 'Notes']);

/**
 * A settings path in words: `channels.web_chat.mapping.Leads.2.zohoField` reads
 * "Web Chat › Field mapping › Leads › Row 3 › Zoho field". Unknown segments are shown as they are.
 */
export function useDescribePath() {
  const { t, i18n } = useTranslation('settings');
  const labels = useLabels();
  return useCallback(
    (path: SettingsPath): string => {
      const tt = loose(t);
      const known = (key: string) => i18n.exists(key, { ns: 'settings' });
      const words = path.map((segment, index) => {
        const parent = index > 0 ? String(path[index - 1]) : '';
        if (typeof segment === 'number') {
          const counted = INDEXED[parent] ?? 'pathLabel.row';
          return tt(counted, { n: segment + 1 });
        }
        // The channel's name says enough; "Channels ›" before it would only add noise.
        if (index === 0 && segment === 'channels') return undefined;
        if (parent === 'channels' && CHANNELS.has(segment)) return labels.channel(segment);
        if (MODULES.has(segment)) return labels.module(segment);
        // `owners.fallback` is not a mapping row's fallback: the parent picks the more exact word.
        const specific = `pathLabel.${parent}_${segment}`;
        if (known(specific)) return tt(specific);
        return known(`pathLabel.${segment}`) ? tt(`pathLabel.${segment}`) : segment;
      });
      return words.filter((word) => word !== undefined).join(' › ');
    },
    [t, i18n, labels],
  );
}
