import type { LocaleMessages } from './en';

export const de = {
  app: {
    name: 'CX Connector',
    documentTitle: '{{page}} · CX Connector',
    skipToContent: 'Zum Hauptinhalt springen',
  },
  common: {
    loading: 'Wird geladen …',
    status: 'Status',
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
  },
  hub: {
    title: 'Connector Hub',
    description: 'Plattformweite Konfiguration der Konnektoren und die Mandanten, die sie nutzen.',
    connectorsHeading: 'Konnektoren',
    zohoName: 'Zoho CRM',
    zohoDescription: 'Sucht Anrufer in Zoho CRM und erfasst Anrufe und Chats als CRM-Aktivitäten.',
    zohoNotConfigured:
      'Die Systemkonfiguration für Zoho CRM (der OAuth-Client für jedes Zoho-Rechenzentrum) ist noch nicht eingerichtet. Bis dahin können Mandantenadministratoren ihre Zoho-CRM-Konten nicht verbinden.',
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
        'Zoho CRM ist noch nicht mit diesem Mandanten verbunden. Die Verbindung mit einem Zoho-Administratorkonto wird hier bald möglich sein.',
      connected: 'Zoho CRM ist verbunden. Anruferabfragen und Aktivitätsprotokollierung sind verfügbar.',
      needs_reconnect:
        'Zoho CRM akzeptiert die Autorisierung dieses Mandanten nicht mehr. Eine Administratorin oder ein Administrator muss die Verbindung neu herstellen.',
    },
    emptyTitle: 'Keine Integrationen verfügbar',
    emptyDescription: 'Für diesen Mandanten gibt es noch keine Integrationen.',
    noTenantTitle: 'Kein Mandant zugewiesen',
    noTenantDescription:
      'Ihr Konto ist keinem Mandanten zugewiesen, daher können keine Integrationen angezeigt werden. Bitten Sie Ihre Plattformadministration, Ihr Konto zu prüfen.',
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
    invalidResponse: 'Der Server hat eine unerwartete Antwort gesendet. Bitte versuchen Sie es erneut.',
    unexpected: 'Ein unerwarteter Fehler ist aufgetreten.',
    reference: 'Referenz',
    referenceHint: 'Nennen Sie diese Referenz, wenn Sie den Support kontaktieren.',
    retry: 'Erneut versuchen',
    reload: 'Seite neu laden',
  },
} as const satisfies LocaleMessages;
