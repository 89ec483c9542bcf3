import type { LocaleMessages } from './en';

export const de = {
  app: {
    name: 'CX Connector',
    documentTitle: '{{page}} · CX Connector',
    skipToContent: 'Zum Hauptinhalt springen',
  },
  common: {
    loading: 'Wird geladen …',
    loadingPage: 'Seite wird geladen …',
    status: 'Status',
    cancel: 'Abbrechen',
    dismiss: 'Schließen',
  },
  session: {
    checking: 'Sitzung wird geprüft …',
    redirecting: 'Sie werden zur Anmeldung weitergeleitet …',
    title: 'Anmeldung',
  },
  nav: {
    label: 'Hauptnavigation',
    hub: 'Connector Hub',
    integrations: 'Apps & Integrationen',
    agent: 'Agenten-Panel',
    needsReconnect: 'Neuverbindung erforderlich',
  },
  header: {
    tenant: 'Mandant',
    platform: 'Plattformverwaltung',
  },
  userMenu: {
    button: 'Konto',
    name: 'Name',
    email: 'E-Mail',
    role: 'Rolle',
    tenant: 'Mandant',
    noTenant: 'Keiner (plattformweit)',
    signOut: 'Abmelden',
  },
  language: {
    autonym: 'Deutsch',
    label: 'Sprache',
  },
  roles: {
    system_admin: 'Systemadministrator',
    tenant_admin: 'Mandantenadministrator',
    agent: 'Agent',
  },
  status: {
    not_connected: 'Nicht verbunden',
    connected: 'Verbunden',
    needs_reconnect: 'Neu verbinden erforderlich',
    not_configured: 'Nicht eingerichtet',
    configured: 'Eingerichtet',
    choose_org: 'Organisation wählen',
  },
  hub: {
    title: 'Connector Hub',
    description: 'Plattformweite Konfiguration der Konnektoren und die Mandanten, die sie nutzen.',
    connectorsHeading: 'Konnektoren',
    zohoName: 'Zoho CRM',
    zohoDescription: 'Sucht Anrufer in Zoho CRM und erfasst Anrufe und Chats als CRM-Aktivitäten.',
    zohoNotConfigured:
      'Die Systemkonfiguration für Zoho CRM (der OAuth-Client für jedes Zoho-Rechenzentrum) ist noch nicht eingerichtet. Bis dahin können Mandantenadministratoren nur mit einem eigenen Client verbinden (eigene Konfiguration).',
    zohoConfigured: 'Mandanten können die Systemkonfiguration nutzen in: {{dataCenters}}.',
    configure: 'Konfigurieren',
    configureNamed: 'Zoho CRM konfigurieren',
    tenantsHeading: 'Mandanten',
    tenantsCaption: 'Mandanten auf dieser Plattform',
    tenantsTotal: 'Gesamt: {{count}}',
    columnName: 'Name',
    columnId: 'Mandanten-ID',
    columnCreated: 'Angelegt',
    tenantsEmptyTitle: 'Noch keine Mandanten',
    tenantsEmptyDescription: 'Mandanten erscheinen hier, sobald sie der Plattform hinzugefügt wurden.',
  },
  integrations: {
    title: 'Apps & Integrationen',
    description: 'Die Business-Tools, die mit {{tenant}} verbunden sind.',
    zohoDescription: 'Anrufer in Zoho CRM finden und Anrufe und Chats als CRM-Aktivitäten erfassen.',
    explanation: {
      not_connected:
        'Zoho CRM ist noch nicht mit diesem Mandanten verbunden. Richten Sie es ein und verbinden Sie es mit einem Zoho-CRM-Administratorkonto.',
      connected: 'Zoho CRM ist verbunden. Anruferabfragen und Aktivitätsprotokollierung sind verfügbar.',
      needs_reconnect:
        'Zoho CRM akzeptiert die Autorisierung dieses Mandanten nicht mehr. Eine Administratorin oder ein Administrator muss die Verbindung neu herstellen.',
    },
    setUp: 'Einrichten',
    setUpNamed: '{{name}} einrichten',
    manage: 'Verwalten',
    manageNamed: '{{name}} verwalten',
    // The card's links to the settings and the activity log: here, so the card needs neither screen's texts.
    settingsLink: 'Einstellungen',
    settingsLinkNamed: 'Einstellungen für {{name}}',
    activityLink: 'Aktivitätsprotokoll',
    activityLinkNamed: 'Aktivitätsprotokoll von {{name}}',
    customerDataLink: 'Kundendaten',
    customerDataLinkNamed: 'Kundendaten von {{name}}',
    emptyTitle: 'Keine Integrationen verfügbar',
    emptyDescription: 'Für diesen Mandanten gibt es noch keine Integrationen.',
    noTenantTitle: 'Kein Mandant zugewiesen',
    noTenantDescription:
      'Ihr Konto ist keinem Mandanten zugewiesen, daher können keine Integrationen angezeigt werden. Bitten Sie Ihre Plattformadministration, Ihr Konto zu prüfen.',
  },
  zohoCrm: {
    title: 'Zoho CRM',
    description:
      'Verbinden Sie Zoho CRM mit {{tenant}}, um Anrufer zu finden und Anrufe und Chats als CRM-Aktivitäten zu erfassen.',
    connectionHeading: 'Verbindung',
    settingsHeading: 'Einstellungen',
    settingsDescription:
      'Wie sich dieser Mandant bei Zoho anmeldet. Änderungen gelten ab dem nächsten Verbinden oder Neuverbinden.',
    auditHeading: 'Änderungsprotokoll',
    issuesHeading: 'Verbindungszustand',
  },
  issues: {
    description:
      'Probleme, die der Connector selbst erkannt hat. Jedes Problem wird automatisch geschlossen, sobald es behoben ist.',
    none: 'Keine offenen Probleme: Die Verbindung ist in Ordnung.',
    openSince: 'Offen seit {{when}}',
    closedAt: 'Behoben {{when}}',
    recentlyClosed: 'Kürzlich behoben',
    whatToDo: 'Was zu tun ist',
    kinds: {
      needs_reconnect: {
        title: 'Die Verbindung muss neu hergestellt werden',
        body: 'Zoho akzeptiert diese Verbindung nicht mehr. Ereignisse warten, nichts wird in Zoho CRM geschrieben.',
        action:
          'Verbinden Sie Zoho CRM oben unter „Verbindung“ neu. Wartende Ereignisse laufen danach automatisch.',
      },
      credit_budget_reached: {
        title: 'Das Credit-Limit für den automatischen Modus ist aufgebraucht',
        body: '{{used}} von {{budget}} Zoho-Credits in den letzten 24 Stunden verbraucht. Ereignisse warten, bis Credits frei werden.',
        action:
          'Warten Sie, bis Credits frei werden, oder erhöhen Sie das Limit in den Einstellungen (Limits).',
      },
      repeated_failures: {
        title: 'Ereignisse schlagen wiederholt fehl: {{code}}',
        body: '{{count}} Ereignisse sind in den letzten 15 Minuten aus diesem Grund fehlgeschlagen. Letzter Fehler: {{message}}',
        action:
          'Öffnen Sie das Aktivitätsprotokoll, prüfen Sie ein fehlgeschlagenes Ereignis, beheben Sie die Ursache (Zuordnung, Pflichtfelder, Berechtigungen in Zoho) und wiederholen Sie die fehlgeschlagenen Ereignisse.',
      },
    },
    webhook: {
      title: 'Plattform benachrichtigen',
      description:
        'Wenn ein Problem auftritt oder behoben ist, sendet der Connector es als JSON per POST an diese URL, signiert mit dem Secret wie die Ereignisse, die Sie uns senden (X-CXC-Signature).',
      url: 'Webhook-URL',
      save: 'Webhook speichern',
      saving: 'Wird gespeichert…',
      remove: 'Webhook entfernen',
      removeTitle: 'Problem-Webhook entfernen?',
      removeBody:
        'Die Plattform erfährt nichts mehr über Probleme; noch nicht gesendete Zustellungen werden verworfen.',
      configured: 'Sendet an {{url}} (seit {{when}})',
      none: 'Kein Webhook: Probleme werden nur hier angezeigt.',
      privateHost: 'Diese Adresse ist privat oder lokal; der Webhook muss aus dem Internet erreichbar sein.',
      unknownHost: 'Dieser Hostname lässt sich nicht auflösen.',
      failed: 'Der Webhook konnte nicht gespeichert werden.',
      newSecret: 'Signatur-Secret des Webhooks',
      onceWarning:
        'Kopieren Sie dieses Secret jetzt: Es wird nur einmal angezeigt. Erneutes Speichern erzeugt ein neues.',
      dismiss: 'Ich habe es gespeichert',
    },
  },
  connection: {
    cardTitle: 'Zoho-CRM-Verbindung',
    popupTitle: 'Verbindung mit Zoho …',
    popupLoading: 'Die Anmeldeseite von Zoho wird geöffnet …',
    redirectUrl: 'Autorisierte Weiterleitungs-URL',
    otherDataCenter:
      'Ihr Zoho-Konto liegt im Rechenzentrum {{actual}}, nicht wie gewählt in {{chosen}}. Wir sind Zoho, wie von Zoho vorgesehen, zum Accounts-Server von {{actual}} gefolgt; Sie müssen nichts ändern.',
    notConnected: 'Zoho CRM ist nicht mit diesem Mandanten verbunden.',
    configureFirst:
      'Legen Sie zuerst unten unter „Einstellungen“ fest, wie verbunden wird, und speichern Sie; verbinden Sie dann hier.',
    readyToConnect: 'Bereit zum Verbinden – Konfiguration: {{way}}, Rechenzentrum: {{dataCenter}}.',
    consentHint:
      'Die Zustimmungsseite von Zoho öffnet sich in einem kleinen Fenster. Melden Sie sich mit einem Zoho-CRM-Administrator an, wählen Sie die Organisation und klicken Sie auf „Accept“.',
    connect: 'Mit Zoho verbinden',
    reconnect: 'Neu verbinden',
    waiting: 'Warten auf Zoho: Schließen Sie die Anmeldung im Zoho-Fenster ab.',
    showPopup: 'Zoho-Fenster anzeigen',
    outcome: {
      connected: 'Zoho CRM ist verbunden.',
      choose_org:
        'Bei Zoho angemeldet. Wählen Sie unten die Zoho-CRM-Organisation, die verbunden werden soll.',
      error: 'Zoho CRM konnte nicht verbunden werden.',
      closed:
        'Das Zoho-Fenster wurde geschlossen, bevor die Verbindung hergestellt war. Es wurde nichts geändert.',
      start_failed: 'Das Verbinden konnte nicht gestartet werden.',
    },
    setup: {
      way: {
        legend: 'Verbindungsart',
        system: 'Systemkonfiguration',
        custom: 'Eigene Konfiguration',
        selfClient: 'Self-Client-Code',
        systemDescription: 'Den Zoho-Client der Plattform verwenden. Verfügbar für: {{dataCenters}}.',
        systemUnavailable:
          'Nicht verfügbar: Die Plattformadministration hat noch für kein Rechenzentrum einen Zoho-Client eingerichtet.',
        customDescription:
          'Einen eigenen Client vom Typ „Server-based Applications“ aus der Zoho API Console verwenden, mit Client-ID und Client-Secret.',
        selfClientDescription:
          'Einen Grant-Code einfügen, der mit einem Self Client in der Zoho API Console erzeugt wurde. Er wird sofort eingelöst; keine Anmeldung im Browser.',
      },
      dataCenter: 'Rechenzentrum',
      dataCenterHint:
        'Wo Ihr Zoho-Konto liegt: die Endung der Adresse, unter der Sie Zoho nutzen (zoho.com, zoho.eu, …).',
      chooseDataCenter: 'Rechenzentrum wählen',
      accountsUrl: 'Accounts-Server',
      apiUrl: 'CRM-API-Adresse',
      accountsUrlHint:
        'Die Accounts-Adresse von Zoho für Anmeldung und Tokens, z. B. https://accounts.zoho.eu.',
      apiUrlHint:
        'Die CRM-API-Adresse von Zoho, z. B. https://www.zohoapis.eu oder https://sandbox.zohoapis.eu.',
      advanced: 'Andere Zoho-Adressen verwenden (erweitert)',
      advancedDescription:
        'Nur für eine Sandbox- oder Developer-Organisation. Es werden nur Zohos eigene Adressen akzeptiert.',
      clientId: 'Client-ID',
      clientIdHint: 'Auf der Registerkarte „Client Secret“ des Clients in der Zoho API Console.',
      clientSecret: 'Client-Secret',
      secretStored:
        'Ein Client-Secret ist gespeichert. Lassen Sie das Feld leer, um es zu behalten, oder geben Sie ein neues ein, um es zu ersetzen.',
      secretHint: 'Wird nach dem Speichern nie wieder angezeigt.',
      redirectUrlHint:
        'Tragen Sie genau diese URL unter „Authorized Redirect URIs“ des Clients in der Zoho API Console ein. Wenn Ihre Nutzer in mehreren Rechenzentren sind, aktivieren Sie in den Einstellungen des Clients außerdem „Multi DC“.',
      selfClientHelp:
        'Öffnen Sie in der Zoho API Console (<strong>{{console}}</strong>) Self Client › Generate Code, haken Sie die folgenden Scopes an, wählen Sie Ihre CRM-Organisation und fügen Sie den Code sofort hier ein: Er läuft nach wenigen Minuten ab und gilt nur einmal.',
      scopesLabel: 'Anzuhakende Scopes',
      code: 'Grant-Code',
      codeHint: 'Beginnt mit 1000. Fügen Sie ihn so ein, wie die Zoho API Console ihn anzeigt.',
      save: 'Konfiguration speichern',
      saved: 'Konfiguration gespeichert.',
      redeem: 'Mit Code verbinden',
      redeeming: 'Wird verbunden …',
      redeemed: 'Der Code wurde eingelöst.',
    },
    facts: {
      org: 'Organisation',
      orgValue: '{{name}} (Edition {{edition}}, ID {{id}})',
      defaultCountry: 'Standardland für Telefonnummern',
      changeDefaultCountry: 'Ändern',
      dataCenter: 'Rechenzentrum',
      zohoUser: 'Verbundener Zoho-Benutzer',
      zohoUserValue: '{{name}} <{{email}}>, Profil {{profile}}',
      notAdministrator: 'Kein Administrator',
      connectedAt: 'Verbunden am',
      by: 'von {{who}}',
      configuration: 'Konfiguration',
      scopes: 'Gewährte Scopes',
      credits: 'In den letzten 24 Stunden verbrauchte API-Credits',
    },
    token: {
      heading: 'Token-Zustand',
      lastRefresh: 'Letzte Token-Erneuerung',
      expiresAt: 'Access-Token läuft ab',
      lastError: 'Letzter Fehler',
      never: 'Noch nicht',
      noError: 'Keiner',
      errorCode: 'Zoho antwortete „{{code}}“.',
    },
    warnings: {
      label: 'Warnungen',
      not_administrator:
        'Der verbundene Zoho-Benutzer {{user}} ist kein Zoho-CRM-Administrator (Profil {{profile}}). Feldeinstellungen, Layouts und Benutzer anderer Profile können nicht gelesen werden; Feldzuordnung und Besitzerzuweisung bleiben daher unvollständig, und Datensätze, die dieser Benutzer nicht sehen darf, werden nicht gefunden. Verbinden Sie neu mit einem Administrator.',
      other: 'Zoho meldet eine Einschränkung ({{code}}).',
    },
    needsReconnect: {
      title: 'Zoho akzeptiert diese Verbindung nicht mehr.',
      reason: 'Grund: {{reason}}',
      noReason: 'Zoho hat die gespeicherte Autorisierung abgelehnt.',
      action:
        'Anruferabfragen und Aktivitätsprotokollierung ruhen, bis Sie neu verbinden. Wählen Sie „Neu verbinden“ und melden Sie sich erneut bei Zoho an.',
    },
    test: {
      button: 'Verbindung testen',
      pending: 'Wird getestet …',
      ok: 'Die Verbindung funktioniert. Zoho antwortete in {{ms}} ms.',
      org: 'Organisation: {{name}} (ID {{id}}, {{dataCenter}}).',
      user: 'Zoho-Benutzer: {{name}} <{{email}}>.',
      failed: 'Der Test ist nach {{ms}} ms fehlgeschlagen.',
      zohoCode:
        'Zoho antwortete „{{code}}“. Versuchen Sie es erneut; wenn es sich wiederholt, verbinden Sie neu.',
    },
    disconnect: {
      button: 'Trennen',
      title: 'Zoho CRM trennen?',
      body: 'Anruferabfragen und Aktivitätsprotokollierung enden für diesen Mandanten. Beim Trennen',
      revoke: 'wird das Refresh-Token bei Zoho widerrufen,',
      tokens: 'werden die gespeicherten Tokens hier gelöscht,',
      settings:
        'bleiben die Einstellungen dieses Mandanten (Konfiguration, Zuordnungen, Regeln) erhalten, sodass Sie später neu verbinden können.',
      confirm: 'Trennen',
      pending: 'Wird getrennt …',
      done: 'Zoho CRM wurde getrennt.',
      doneRevoked:
        'Das Refresh-Token wurde bei Zoho widerrufen und die Tokens wurden gelöscht. Die Einstellungen dieses Mandanten bleiben erhalten.',
      doneNotRevoked:
        'Die Tokens wurden gelöscht, aber Zoho war nicht erreichbar, um das Refresh-Token zu widerrufen: Entfernen Sie diese App unter „Connected Apps“ in Ihrem Zoho-Konto. Die Einstellungen dieses Mandanten bleiben erhalten.',
    },
    orgs: {
      legend: 'Zoho-CRM-Organisation',
      description:
        'Ihr Zoho-Benutzer hat Zugriff auf mehrere Organisationen. Wählen Sie die, mit der dieser Mandant arbeitet.',
      descriptionOne:
        'Zoho gibt diesem Benutzer Zugriff auf eine Organisation. Bestätigen Sie sie, um die Verbindung abzuschließen.',
      details: 'Edition {{edition}} · {{dataCenter}} · ID {{id}}',
      submit: 'Diese Organisation verwenden',
      pending: 'Wird gespeichert …',
      none: 'Dieser Zoho-Benutzer hat keine Zoho-CRM-Organisation. Verbinden Sie neu mit einem Benutzer der Organisation, die Sie verbinden möchten.',
    },
  },
  connectErrors: {
    yourDataCenter: 'Ihr Rechenzentrum',
    invalid_client: {
      title:
        'Zoho akzeptiert den Client nicht: Die Client-ID ist unbekannt, oder der Client ist für das Rechenzentrum Ihres Zoho-Kontos ({{dataCenter}}) nicht freigeschaltet.',
      action:
        'Prüfen Sie in der Zoho API Console die Client-ID; öffnen Sie dann die Einstellungen des Clients und aktivieren Sie „Multi DC“ für dieses Rechenzentrum ({{dataCenter}}). Verbinden Sie danach erneut.',
    },
    invalid_client_secret: {
      title: 'Zoho hat das Client-Secret abgelehnt.',
      action:
        'Kopieren Sie das Client-Secret erneut aus dem Client in der Zoho API Console, speichern Sie es unter „Einstellungen“ und verbinden Sie erneut.',
    },
    invalid_redirect_uri: {
      title: 'Die Weiterleitungs-URL ist für diesen Client in der Zoho API Console nicht eingetragen.',
      action:
        'Tragen Sie diese URL unter „Authorized Redirect URIs“ des Clients ein, speichern Sie in Zoho und verbinden Sie erneut:',
    },
    invalid_code: {
      title:
        'Zoho hat den Code nicht akzeptiert: Er ist abgelaufen, wurde bereits verwendet oder in einem anderen Rechenzentrum eingelöst als dem, das ihn ausgestellt hat.',
      action:
        'Versuchen Sie es mit einem neuen Code und verwenden Sie ihn sofort: Codes gelten etwa 2 Minuten und nur einmal.',
    },
    access_denied: {
      title: 'Die Zustimmung wurde in Zoho verweigert; es wurde nichts verbunden.',
      action:
        'Verbinden Sie erneut und wählen Sie auf der Zustimmungsseite von Zoho „Accept“. Wenn Ihre Organisation Apps einschränkt, bitten Sie Ihre Zoho-Administration, diese App zuzulassen.',
    },
    no_refresh_token: {
      title:
        'Zoho hat kein Refresh-Token geliefert; die Verbindung würde innerhalb einer Stunde aufhören zu funktionieren.',
      action:
        'Verbinden Sie erneut. Wenn es sich wiederholt, entfernen Sie diese App unter „Connected Apps“ in Ihrem Zoho-Konto und verbinden Sie dann erneut.',
    },
    state_mismatch: {
      title:
        'Die Antwort von Zoho gehörte nicht zu diesem Verbindungsversuch (sie ist abgelaufen, oder inzwischen wurde ein anderer Versuch gestartet).',
      action: 'Beginnen Sie erneut mit „Mit Zoho verbinden“ – einmal, in diesem Tab.',
    },
    dc_not_configured: {
      title: 'Die Plattform hat keinen Zoho-Client für dieses Rechenzentrum ({{dataCenter}}).',
      action:
        'Wählen Sie „Eigene Konfiguration“ mit einem eigenen Client, oder bitten Sie Ihre Plattformadministration, dieses Rechenzentrum ({{dataCenter}}) einzurichten.',
    },
    throttled: {
      title: 'Zoho begrenzt Anmeldungen und Token-Anfragen für diesen Client gerade.',
      action: 'Warten Sie etwa 10 Minuten und versuchen Sie es dann erneut.',
    },
    token_rate_limited: {
      title:
        'Zoho begrenzt, wie viele Anmeldungen ein Client ausstellen darf (10 alle 10 Minuten und 10 pro Zoho-Benutzer), und diese Grenze ist gerade erreicht. Ihre Zustimmung wurde nicht abgelehnt.',
      action: 'Versuchen Sie es nach {{retryAt}} erneut. Ein früherer Versuch schlägt nur wieder fehl.',
      actionWithoutTime:
        'Versuchen Sie es in 10 Minuten erneut. Ein früherer Versuch schlägt nur wieder fehl.',
    },
    access_revoked: {
      title:
        'Der Zugriff wurde bei Zoho widerrufen: Zoho akzeptiert die Autorisierung dieser Verbindung nicht mehr (die App wurde unter „Verbundene Apps“ entfernt, oder derselbe Zoho-Benutzer hat sie seitdem mehr als 20-mal autorisiert).',
      action:
        'Neu verbinden behebt das: Wählen Sie „Neu verbinden“ und stimmen Sie auf der Zustimmungsseite von Zoho zu.',
    },
    zoho_unreachable: {
      title: 'Zoho war nicht erreichbar.',
      action:
        'Versuchen Sie es in einigen Minuten erneut. Wenn es sich wiederholt, prüfen Sie die Statusseite von Zoho.',
    },
    unknown: {
      title: 'Zoho antwortete mit einem Fehler, den wir nicht kennen.',
      action: 'Versuchen Sie es erneut. Wenn es sich wiederholt, wenden Sie sich an den Support.',
    },
  },
  audit: {
    emptyTitle: 'Noch keine Änderungen protokolliert',
    emptyDescription: 'Verbinden, Neuverbinden, Trennen und Konfigurationsänderungen erscheinen hier.',
    total: 'Einträge: {{count}}',
    pageEmpty: 'Auf dieser Seite gibt es keine Einträge.',
    caption: 'Änderungsprotokoll, Seite {{page}} von {{pages}}',
    columnWhen: 'Wann',
    columnWho: 'Wer',
    columnWhat: 'Was',
    columnDetails: 'Einzelheiten',
    pagination: 'Seiten des Änderungsprotokolls',
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
    pageOf: 'Seite {{page}} von {{pages}}',
    detail: {
      kind: 'Einrichtung',
      kind_system: 'Systemkonfiguration',
      kind_custom: 'Eigene Konfiguration',
      dataCenterId: 'Rechenzentrum',
      clientId: 'Client-ID',
      clientSecret: 'Client-Secret',
      accountsUrl: 'Accounts-URL',
      apiUrl: 'API-URL',
      orgId: 'Organisations-ID',
      orgName: 'Organisation',
      zohoUser: 'Zoho-Benutzer',
      isAdministrator: 'Zoho-Administrator',
      revokedAtZoho: 'Zugriff bei Zoho widerrufen',
      settingsKept: 'Einstellungen behalten',
      enabled: 'Mandanten angeboten',
      version: 'Version',
      restoredFrom: 'Wiederhergestellt aus Version',
      changeCount: 'Anzahl der Änderungen',
      changed: 'Geändert',
      dc: 'Rechenzentrum',
      accountsServer: 'Zoho-Anmeldeserver',
      location: 'Rechenzentrum des Zoho-Benutzers',
      scopes: 'Berechtigungen',
      reason: 'Grund',
      reason_invalid_code: 'Zoho akzeptiert die gespeicherte Autorisierung nicht mehr',
      yes: 'Ja',
      no: 'Nein',
      none: 'keine',
    },
    secretChanged: 'geändert (nicht angezeigt)',
    actions: {
      'zoho.config.saved': 'Zoho-Konfiguration gespeichert',
      'zoho.connected': 'Zoho CRM verbunden',
      'zoho.reconnected': 'Zoho CRM neu verbunden',
      'zoho.org_chosen': 'Zoho-CRM-Organisation gewählt',
      'zoho.disconnected': 'Zoho CRM getrennt',
      'zoho.needs_reconnect': 'Zoho hat die Autorisierung abgelehnt (Neuverbindung erforderlich)',
      'zoho.system_client.saved': 'Systemclient gespeichert',
      'settings.saved': 'Einstellungen gespeichert',
      'settings.restored': 'Einstellungen wiederhergestellt',
      'events.secret_rotated': 'Ereignis-Secret erneuert',
      'issues.webhook_saved': 'Problem-Webhook gespeichert',
      'issues.webhook_deleted': 'Problem-Webhook entfernt',
      'customer_data.saved': 'Einstellungen für Kundendaten gespeichert',
      'customer_data.reimport': 'Neuimport der Kundendaten gestartet',
      'customer_data.api_key_created': 'API-Schlüssel für die Kundenliste erstellt',
      'customer_data.api_key_revoked': 'API-Schlüssel für die Kundenliste widerrufen',
      'customer_data.webhook_saved': 'Kundenänderungs-Webhook gespeichert',
      'customer_data.webhook_secret_rotated': 'Geheimnis des Kundenänderungs-Webhooks erneuert',
      'customer_data.webhook_deleted': 'Kundenänderungs-Webhook entfernt',
    },
  },
  systemClients: {
    title: 'Zoho-CRM-Systemkonfiguration',
    description:
      'Der Zoho-OAuth-Client der Plattform für jedes Rechenzentrum. Mandanten können die Systemkonfiguration nur in Rechenzentren nutzen, die hier eingerichtet und aktiviert sind.',
    redirectHeading: 'Weiterleitungs-URL',
    redirectHint:
      'Tragen Sie diese URL bei jedem Client (Typ „Server-based Applications“) in der Zoho API Console unter „Authorized Redirect URIs“ ein.',
    clientsHeading: 'Zoho-Rechenzentren',
    clientsDescription:
      'Jedes Rechenzentrum hat seine eigene API Console (api-console.zoho.com, api-console.zoho.eu, …). Ein Client mit aktiviertem „Multi DC“ kann mehrere bedienen; tragen Sie seine Client-ID und sein Client-Secret bei jedem davon ein.',
    simulatorHeading: 'Zoho-Simulator (lokale Entwicklung)',
    simulatorDescription:
      'Diese Rechenzentren gehören zum Zoho-Simulator, nicht zu Zoho. Es gibt sie nur, solange er läuft.',
    status: {
      enabled: 'Aktiviert',
      disabled: 'Deaktiviert',
      not_configured: 'Nicht eingerichtet',
    },
    secretStored:
      'Ein Client-Secret ist gespeichert. Lassen Sie das Feld leer, um es zu behalten, oder geben Sie ein neues ein, um es zu ersetzen.',
    secretMissing: 'Noch kein Client-Secret gespeichert. Es wird nach dem Speichern nie wieder angezeigt.',
    enabled: 'Mandanten anbieten',
    enabledDescription: 'Mandanten können für dieses Rechenzentrum die Systemkonfiguration wählen.',
    updated: 'Zuletzt geändert am {{when}} von {{who}}.',
    save: 'Speichern',
    saved: 'Gespeichert.',
  },
  dataCenters: {
    us: 'Vereinigte Staaten',
    eu: 'Europa',
    in: 'Indien',
    au: 'Australien',
    jp: 'Japan',
    cn: 'China',
    ca: 'Kanada',
    sa: 'Saudi-Arabien',
    simulated: 'Simulator – {{name}}',
    zohoGroup: 'Zoho-Rechenzentren',
    simulatorGroup: 'Zoho-Simulator (lokale Entwicklung)',
  },
  copy: {
    button: 'Kopieren',
    buttonNamed: '{{label}} kopieren',
    copied: 'Kopiert',
    failed: 'Kopieren nicht möglich. Der Text ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac).',
  },
  forms: {
    summaryTitle: 'Bitte korrigieren Sie Folgendes:',
    saving: 'Wird gespeichert …',
    errors: {
      required: 'Dieses Feld ist erforderlich.',
      tooShort: 'Das ist zu kurz.',
      tooLong: 'Das ist zu lang.',
      url: 'Geben Sie eine vollständige Adresse ein, die mit https:// beginnt.',
      notZohoHost: 'Nur Zohos eigene Adressen sind erlaubt, z. B. https://accounts.zoho.eu.',
      invalid: 'Dieser Wert ist ungültig.',
      secretRequired: 'Geben Sie das Client-Secret ein: Es ist noch keines gespeichert.',
      chooseOne: 'Wählen Sie eine der Optionen.',
    },
  },
  agent: {
    title: 'Agenten-Panel',
    emptyTitle: 'Keine Konversation geöffnet',
    emptyDescription:
      'Das Agenten-Panel öffnet sich für eine Konversation aus der Contact-Center-Konsole. Sobald Sie dort einen Anruf oder Chat bearbeiten, erscheinen die CRM-Details im Panel.',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    description: 'Die gesuchte Seite existiert nicht oder wurde verschoben.',
    home: 'Zu Ihrer Startseite',
  },
  notAvailable: {
    title: 'Für Ihre Rolle nicht verfügbar',
    description:
      'Diese Seite ist für Ihre Rolle ({{role}}) nicht verfügbar. Wenn Sie sie benötigen, wenden Sie sich an Ihre Administration.',
    home: 'Zu Ihrer Startseite',
  },
  errors: {
    sectionTitle: 'Dieser Bereich konnte nicht geladen werden',
    pageTitle: 'Etwas ist schiefgelaufen',
    server: 'Auf dem Server ist ein Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
    network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    forbidden: 'Sie haben keine Berechtigung, dies anzuzeigen.',
    notFound: 'Das angeforderte Element wurde nicht gefunden.',
    rateLimited: 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    unavailable:
      'Der Dienst ist kurzzeitig nicht verfügbar. Es wurde nichts geändert; bitte versuchen Sie es in einigen Sekunden erneut.',
    invalidResponse: 'Der Server hat eine unerwartete Antwort gesendet. Bitte versuchen Sie es erneut.',
    zohoNotConnected: 'Zoho CRM ist nicht verbunden. Ein Administrator verbindet es auf der Seite Zoho CRM.',
    zohoNeedsReconnect:
      'Die Verbindung zu Zoho CRM muss erneuert werden. Ein Administrator verbindet es auf der Seite Zoho CRM neu.',
    zohoUnreachable: 'Zoho CRM war nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
    zohoThrottled: 'Zoho CRM drosselt diese Verbindung. Bitte versuchen Sie es in einer Minute erneut.',
    unexpected: 'Ein unerwarteter Fehler ist aufgetreten.',
    reference: 'Referenz',
    referenceHint: 'Nennen Sie diese Referenz, wenn Sie den Support kontaktieren.',
    retry: 'Erneut versuchen',
    reload: 'Seite neu laden',
  },
} as const satisfies LocaleMessages;
