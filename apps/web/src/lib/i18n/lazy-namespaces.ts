import type { BackendModule, ResourceKey } from 'i18next';
import type { Language } from './languages';

type Loaders = Record<Language, () => Promise<ResourceKey>>;

/** One chunk per namespace and language: a user downloads only the screens' texts in their language. */
const LAZY_NAMESPACES: Record<string, Loaders> = {
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
};

/**
 * An i18next backend over the bundled chunks (no network fetch of JSON). `useTranslation` suspends until
 * its namespace is here; once loaded, i18next loads it for a new language before switching to it.
 */
export const lazyNamespaceBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = LAZY_NAMESPACES[namespace]?.[language as Language];
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
