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
  detail: {
    mandatory:
      'Zoho verlangt {{field}} bei {{module}}, aber die Zuordnung ließ das Feld leer. Ordnen Sie ihm in den Einstellungen des Kanals einen Wert zu.',
    mandatory_unnamed:
      'Zoho verlangt bei {{module}} ein Feld, das die Zuordnung leer ließ. Ordnen Sie ihm in den Einstellungen des Kanals einen Wert zu.',
    record_gone:
      'Der Datensatz {{module}} {{id}} existiert in Zoho nicht mehr (gelöscht oder zusammengeführt) und konnte daher nicht aktualisiert werden.',
    invalid_value_unnamed:
      'Zoho hat einen Wert bei {{module}} abgelehnt: {{zohoMessage}}. Prüfen Sie die Zuordnung.',
    invalid_value:
      'Zoho hat den Wert von {{field}} bei {{module}} abgelehnt: {{zohoMessage}}. Prüfen Sie die Zuordnung dieses Felds.',
    invalid_value_expected:
      'Zoho hat den Wert von {{field}} bei {{module}} abgelehnt (erwartet wird {{expected}}): {{zohoMessage}}. Prüfen Sie die Zuordnung dieses Felds.',
    duplicate:
      'Zoho hat den Datensatz {{module}} abgelehnt: {{field}} hat diesen Wert bereits bei einem anderen Datensatz.',
    duplicate_unnamed:
      'Zoho hat den Datensatz {{module}} abgelehnt: Ein eindeutiges Feld hat diesen Wert bereits bei einem anderen Datensatz.',
    record_refused: 'Zoho hat den Datensatz {{module}} abgelehnt: {{zohoMessage}} ({{code}}).',
    attachment_deferred:
      'Eine Datei konnte noch nicht heruntergeladen werden ({{reason}}). Die Datensätze sind in Zoho; die Datei wird automatisch erneut versucht.',
    needs_reconnect:
      'Die Verbindung zu Zoho CRM muss erneuert werden: Zoho akzeptiert ihre Autorisierung nicht mehr. Ein Administrator kann sie unter Integrationen neu verbinden.',
    not_connected: 'Zoho CRM ist für diesen Mandanten nicht verbunden. Verbinden Sie es unter Integrationen.',
    throttled:
      'Zoho CRM drosselt diese Verbindung. Das Ereignis wird in {{seconds}} Sekunden erneut versucht.',
    unreachable: 'Zoho CRM war nicht erreichbar ({{reason}}). Das Ereignis wird automatisch erneut versucht.',
    zoho_busy:
      'Zoho CRM ist ausgelastet oder nicht verfügbar ({{code}}); das Ereignis wird automatisch erneut versucht.',
    no_permission:
      'Der verbundene Zoho-Benutzer darf {{module}} nicht schreiben ({{code}}): {{zohoMessage}}. Verbinden Sie mit einem berechtigten Benutzer neu und versuchen Sie es dann erneut.',
    no_permission_unnamed:
      'Der verbundene Zoho-Benutzer darf diesen Datensatz nicht schreiben ({{code}}): {{zohoMessage}}. Verbinden Sie mit einem berechtigten Benutzer neu und versuchen Sie es dann erneut.',
    refused: 'Zoho CRM hat die Anfrage abgelehnt: {{zohoMessage}} ({{code}}).',
    internal:
      'Ein interner Fehler hat die Verarbeitung unterbrochen; das Ereignis wird automatisch erneut versucht.',
    credit_budget:
      'Der Connector hat in den letzten 24 Stunden {{used}} Zoho-Credits verbraucht; das Limit dieses Mandanten für den automatischen Modus liegt bei {{budget}}. Das Ereignis wartet, bis wieder Credits frei sind, oder erhöhen Sie das Limit unter Einstellungen → Limits.',
  },
};
