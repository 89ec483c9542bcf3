import type { BackendModule, ResourceKey } from 'i18next';
import type { Language } from './languages';

type Loaders = Record<Language, () => Promise<ResourceKey>>;

/**
 * One chunk per namespace and language, the shell's own (`translation`, `events`) included: a user
 * downloads their language only, and a screen's texts only with that screen.
 */
export const LAZY_NAMESPACES = {
  translation: {
    en: () => import('./locales/en').then((m) => m.en),
    de: () => import('./locales/de').then((m) => m.de),
    ja: () => import('./locales/ja').then((m) => m.ja),
    ru: () => import('./locales/ru').then((m) => m.ru),
  },
  events: {
    en: () => import('./locales/events/en').then((m) => m.eventsEn),
    de: () => import('./locales/events/de').then((m) => m.eventsDe),
    ja: () => import('./locales/events/ja').then((m) => m.eventsJa),
    ru: () => import('./locales/events/ru').then((m) => m.eventsRu),
  },
  settings: {
    en: () => import('./locales/settings/en').then((m) => m.settingsEn),
    de: () => import('./locales/settings/de').then((m) => m.settingsDe),
    ja: () => import('./locales/settings/ja').then((m) => m.settingsJa),
    ru: () => import('./locales/settings/ru').then((m) => m.settingsRu),
  },
  agentPanel: {
    en: () => import('./locales/agent-panel/en').then((m) => m.agentPanelEn),
    de: () => import('./locales/agent-panel/de').then((m) => m.agentPanelDe),
    ja: () => import('./locales/agent-panel/ja').then((m) => m.agentPanelJa),
    ru: () => import('./locales/agent-panel/ru').then((m) => m.agentPanelRu),
  },
  activity: {
    en: () => import('./locales/activity/en').then((m) => m.activityEn),
    de: () => import('./locales/activity/de').then((m) => m.activityDe),
    ja: () => import('./locales/activity/ja').then((m) => m.activityJa),
    ru: () => import('./locales/activity/ru').then((m) => m.activityRu),
  },
  customerData: {
    en: () => import('./locales/customer-data/en').then((m) => m.customerDataEn),
    de: () => import('./locales/customer-data/de').then((m) => m.customerDataDe),
    ja: () => import('./locales/customer-data/ja').then((m) => m.customerDataJa),
    ru: () => import('./locales/customer-data/ru').then((m) => m.customerDataRu),
  },
} as const satisfies Record<string, Loaders>;

function loaderFor(namespace: string, language: string): (() => Promise<ResourceKey>) | undefined {
  if (!Object.hasOwn(LAZY_NAMESPACES, namespace)) return undefined;
  const loaders: Loaders = LAZY_NAMESPACES[namespace as keyof typeof LAZY_NAMESPACES];
  return Object.hasOwn(loaders, language) ? loaders[language as Language] : undefined;
}

/**
 * An i18next backend over the bundled chunks (no network fetch of JSON). `useTranslation` suspends until
 * its namespace is here; once loaded, i18next loads it for a new language before switching to it.
 */
export const lazyNamespaceBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = loaderFor(namespace, language);
    if (!load) {
      callback(new Error(`no texts for ${namespace} in ${language}`), false);
      return;
    }
    load().then(
      (texts) => callback(null, texts),
      // A failed chunk (a deploy replaced it) is retried by i18next, then shown by the page's boundary.
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
    );
  },
};
