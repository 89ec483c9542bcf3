import type { EventsMessages } from './en';

export const eventsDe: EventsMessages = {
  channels: {
    web_chat: 'Webchat',
    inbox: 'Posteingang',
    calls: 'Anrufe',
    meetings: 'Besprechungen',
  },
  modules: {
    Leads: 'Lead',
    Contacts: 'Kontakt',
    Accounts: 'Firma',
    Deals: 'Geschäft',
    Tasks: 'Aufgabe',
    Cases: 'Fall',
    Calls: 'Anruf',
    Notes: 'Notiz',
  },
  types: {
    chat_started: 'Chat begonnen',
    chat_ended: 'Chat beendet',
    offline_message_received: 'Offline-Nachricht empfangen',
    conversation_started: 'Unterhaltung begonnen',
    inbox_message_received: 'Posteingangsnachricht empfangen',
    call_ended: 'Anruf beendet',
    meeting_ended: 'Besprechung beendet',
    call_started: 'Anruf begonnen',
    call_recording_available: 'Anrufaufzeichnung verfügbar',
    call_transcript_available: 'Anruftranskript verfügbar',
    call_disposition_set: 'Anrufergebnis gesetzt',
    conversation_summary_available: 'Gesprächszusammenfassung verfügbar',
  },
  skipReason: {
    channel_disabled: 'Der Kanal ist ausgeschaltet.',
    manual_mode: 'Der Kanal ist im manuellen Modus: Agenten erfassen Unterhaltungen selbst.',
    no_rule_matched: 'Keine Regel traf auf dieses Ereignis zu.',
    not_connected: 'Zoho CRM war nicht verbunden.',
    needs_review:
      'Der Besucher passte zu mehreren Datensätzen; laut Identifizierungsrichtlinie ist eine Prüfung nötig.',
    internal_number:
      'Die einzige Nummer des Kunden ist eine eigene Nummer des Unternehmens; daher wurde niemand gesucht oder angelegt.',
    late_data_unused:
      'Nachträgliche Anrufdaten fanden innerhalb der Wartezeit keinen Datensatz ihres Gesprächs.',
  },
  errors: {
    INVALID_DATA:
      'Zoho hat einen Wert abgelehnt: Er hat das falsche Format oder ist in diesem Feld nicht erlaubt.',
    MANDATORY_NOT_FOUND:
      'Ein Pflichtfeld von Zoho war leer. Ordnen Sie ihm in den Einstellungen einen Wert zu.',
    DUPLICATE_DATA: 'Zoho hat bereits einen Datensatz mit diesem eindeutigen Wert.',
    TOO_MANY_REQUESTS:
      'Das Anfragelimit von Zoho wurde erreicht. Das Ereignis wird automatisch erneut versucht.',
    zoho_unreachable: 'Zoho CRM war nicht erreichbar. Das Ereignis wird automatisch erneut versucht.',
    needs_reconnect: 'Die Zoho-Verbindung muss erneuert werden. Danach wird das Ereignis fortgesetzt.',
    not_connected: 'Zoho CRM ist nicht verbunden.',
    internal:
      'Bei uns ist etwas schiefgegangen. Versuchen Sie das Ereignis erneut; scheitert es wieder, wenden Sie sich an den Support.',
    credit_budget_reached:
      'Das Limit dieses Mandanten für Zoho-Credits pro 24 Stunden ist erreicht. Das Ereignis wartet und läuft, sobald wieder Credits frei sind; das Limit lässt sich unter Einstellungen → Limits erhöhen.',
    attachment_download_deferred:
      'Eine Datei konnte noch nicht heruntergeladen werden. Die Datensätze sind in Zoho; die Datei wird automatisch erneut versucht.',
    other: 'Zoho hat den Datensatz abgelehnt.',
  },
};
