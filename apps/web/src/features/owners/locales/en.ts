import type { LocaleMessages } from '@/lib/i18n/locale-messages';

/** The `owners` namespace: who owns new records: the owner choice and the agent-to-Zoho-user links. */
export const ownersEn = {
  ownersTab: {
    intro:
      'New records belong to the Zoho user linked to the agent who handled the conversation. These settings decide the rest.',
    defaults: 'Default owners',
    missedCallOwner: 'Owner of missed calls (senior manager)',
    missedCallOwnerHint:
      'Missed calls, and calls answered on a number or SIP account that no agent’s user answered, go to this user.',
    fallback: 'When no Zoho user matches the agent',
    defaultOwner: 'Default owner',
    defaultOwnerHint: 'Used when the fallback is the default owner.',
  },
  userLinks: {
    heading: 'Agents and their Zoho users',
    intro:
      'Each agent is matched to the active Zoho user with the same e-mail address. Choose a user to override the match.',
    caption: 'Agents and the Zoho users who own their records',
    agent: 'Agent',
    zohoUser: 'Zoho user',
    match: 'Match',
    selectLabel: 'Zoho user for {{agent}}',
    automatic: 'Match by e-mail address',
    source_manual: 'Linked by an administrator',
    source_auto: 'Linked automatically',
    byEmail: 'Same e-mail: {{user}}',
    none: 'No Zoho user',
    unknown: 'Unknown (users not loaded)',
    unmatched:
      'Agents without a Zoho user: {{count}}. Their records go to the fallback owner. Link them before switching on automatic mode.',
    loading: 'Loading agents…',
    failed: 'The agents could not be loaded: {{reason}}',
    empty: 'No agents have signed in yet.',
  },
} as const;

export type OwnersMessages = LocaleMessages<typeof ownersEn>;
