import type { GuidedStartMessages } from './en';

export const guidedStartDe: GuidedStartMessages = {
  heading: 'Schritt für Schritt starten',
  intro:
    'Von der Verbindung bis zur ersten Konversation in Zoho CRM. Jeder Schritt zeigt, ob er erledigt ist.',
  progress: '{{done}} von {{total}} Schritten erledigt',
  allDone: 'Alle Schritte sind erledigt: Konversationen werden in Zoho CRM festgehalten.',
  state: { done: 'Erledigt', todo: 'Noch offen', checking: 'Wird geprüft …' },
  steps: {
    connect: {
      title: 'Zoho CRM verbinden und die Organisation wählen',
      done: 'Verbunden, die Organisation ist gewählt.',
      todo: 'Mit Zoho verbinden und die Organisation wählen, die die Datensätze erhält.',
      link: 'Zur Verbindung',
    },
    defaultCountry: {
      title: 'Standardland festlegen',
      done: 'Telefonnummern ohne Ländervorwahl werden als Nummern dieses Landes gelesen.',
      todo: 'Nötig, um Telefonnummern ohne Ländervorwahl zu lesen.',
      link: 'Einstellungen zur Identifizierung öffnen',
    },
    channels: {
      title: 'Kanäle zum Festhalten wählen',
      done: 'Mindestens ein Kanal wird in Zoho CRM festgehalten.',
      todo: 'Web-Chat, Posteingang, Anrufe oder Meetings einschalten und festlegen, was jeder schreibt.',
      link: 'Kanaleinstellungen öffnen',
    },
    preflight: {
      title: 'Feldzuordnung mit der Organisation prüfen',
      done: 'Die Vorabprüfung hat nichts gefunden, was einen Schreibvorgang verhindern würde.',
      todo: 'Die Vorabprüfung gleicht jedes zugeordnete Feld mit den Feldern der Organisation ab: Beheben Sie, was sie meldet.',
      link: 'Einstellungen und Vorabprüfung öffnen',
    },
    signingSecret: {
      title: 'Signaturschlüssel erstellen',
      done: 'Das Contact Center signiert seine Ereignisse damit.',
      todo: 'Das Contact Center signiert jedes Ereignis damit; unsignierte Ereignisse werden abgewiesen.',
      link: 'Zu „Ereignisse senden“',
    },
    testConversation: {
      title: 'Testkonversation senden',
      done: 'Eine Testkonversation wurde in Zoho CRM festgehalten.',
      todo: 'Senden Sie eine aus dem Aktivitätsprotokoll und sehen Sie, welche Datensätze sie anlegt.',
      link: 'Zum Aktivitätsprotokoll',
    },
  },
};
