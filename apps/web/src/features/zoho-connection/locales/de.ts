import type { zohoConnectionEn } from './en';

export const zohoConnectionDe: typeof zohoConnectionEn = {
  live: {
    heading: 'Aktive Verbindung',
    client: 'Verwendeter Client',
    dataCenter: 'Rechenzentrum, das den Zugriff ausgestellt hat',
    since: 'Zugriff besteht seit',
    kind: {
      system: 'Der System-Client der Plattform',
      custom: 'Ihr eigener Client (eigene Konfiguration)',
      self_client: 'Ein Self-Client-Code',
      unknown: 'Nicht erfasst (verbunden, bevor der Connector es festhielt)',
    },
  },
  saved: {
    heading: 'Gespeicherte Konfiguration',
    hint: 'Gilt für das nächste Verbinden oder Neu verbinden. Das Speichern ändert die aktive Verbindung nicht.',
    way: 'Verbindungsart',
    dataCenter: 'Rechenzentrum',
    selfClient: 'Self Client (ein Client aus Zohos API-Konsole, der mit Codes arbeitet)',
    differs:
      'Die gespeicherte Konfiguration ist nicht die aktive: Das nächste Neu verbinden verwendet {{way}} im Rechenzentrum {{dataCenter}}.',
  },
  otherDataCenter:
    'Ihr Zoho-Konto liegt im Rechenzentrum {{actual}}, nicht wie gespeichert in {{chosen}}. Zoho hat den Zugriff dort ausgestellt und der Connector nutzt ihn; es muss nichts geändert werden.',
  selfClient: {
    reconnectHint:
      'Diese Verbindung entstand aus einem Self-Client-Code. Ein Self Client kann sich nicht über den Browser anmelden: Erzeugen Sie zum Neu verbinden in Zohos API-Konsole einen neuen Code und lösen Sie ihn unten unter Einstellungen ein.',
    notConnectedHint:
      'Der gespeicherte Client stammt aus einem Self-Client-Code und kann sich nicht über den Browser anmelden. Erzeugen Sie in Zohos API-Konsole einen neuen Code und lösen Sie ihn unten unter Einstellungen ein, oder speichern Sie eine andere Konfiguration.',
  },
  attempts: {
    heading: 'Letzte Verbindungsversuche',
    caption: '{{kind}}, Rechenzentrum {{dataCenter}}',
    connected: 'Verbunden',
    failed: 'Fehlgeschlagen: {{reason}}',
    unknownDataCenter: 'unbekannt',
  },
  systemUsage: {
    label: 'Nutzung durch Mandanten',
    neverUsed: 'Noch kein Mandant hat sich mit diesem Client verbunden.',
    lastConnected: 'Zuletzt einen Mandanten verbunden: {{at}}',
    lastFailed: 'Zuletzt fehlgeschlagen: {{at}}. {{reason}}',
    noClient: 'Kein Client gespeichert.',
  },
};
