import type { OwnersMessages } from './en';

export const ownersDe: OwnersMessages = {
  ownersTab: {
    intro:
      'Neue Datensätze gehören dem Zoho-Benutzer, der mit dem Agenten der Unterhaltung verknüpft ist. Diese Einstellungen regeln den Rest.',
    defaults: 'Standardbesitzer',
    missedCallOwner: 'Besitzer verpasster Anrufe (Senior Manager)',
    missedCallOwnerHint:
      'Verpasste Anrufe und Anrufe auf einer Nummer oder einem SIP-Konto, das keinem Agenten gehört, gehen an diesen Benutzer.',
    fallback: 'Wenn kein Zoho-Benutzer zum Agenten passt',
    defaultOwner: 'Standardbesitzer',
    defaultOwnerHint: 'Wird verwendet, wenn der Standardbesitzer als Ausweichlösung gewählt ist.',
  },
  userLinks: {
    heading: 'Agenten und ihre Zoho-Benutzer',
    intro:
      'Jeder Agent wird dem aktiven Zoho-Benutzer mit derselben E-Mail-Adresse zugeordnet. Wählen Sie einen Benutzer, um die Zuordnung zu ändern.',
    caption: 'Agenten und die Zoho-Benutzer, denen ihre Datensätze gehören',
    agent: 'Agent',
    zohoUser: 'Zoho-Benutzer',
    match: 'Zuordnung',
    selectLabel: 'Zoho-Benutzer für {{agent}}',
    automatic: 'Nach E-Mail-Adresse zuordnen',
    source_manual: 'Von einer Administratorin / einem Administrator verknüpft',
    source_auto: 'Automatisch verknüpft',
    byEmail: 'Gleiche E-Mail: {{user}}',
    none: 'Kein Zoho-Benutzer',
    unknown: 'Unbekannt (Benutzer nicht geladen)',
    unmatched:
      'Agenten ohne Zoho-Benutzer: {{count}}. Ihre Datensätze gehen an den Ausweichbesitzer. Verknüpfen Sie sie, bevor Sie den automatischen Modus einschalten.',
    loading: 'Agenten werden geladen …',
    failed: 'Die Agenten konnten nicht geladen werden: {{reason}}',
    empty: 'Es hat sich noch kein Agent angemeldet.',
  },
};
