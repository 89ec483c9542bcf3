import i18next, { type i18n } from 'i18next';
import { env } from '@/config/env';
import { isLanguage, LANGUAGE_STORAGE_KEY, LANGUAGES, type Language } from './languages';
import { BUNDLED_NAMESPACES, bundledResources } from './bundled-resources';
import { lazyNamespaceBackend } from './lazy-namespaces';

function readStoredLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    // Storage can be blocked (privacy settings); the console still works, just without persistence.
    return undefined;
  }
}

/** Stored choice, then the browser's preferred languages, then the configured default. */
export function detectLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  for (const tag of window.navigator.languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return env.VITE_DEFAULT_LANGUAGE;
}

/**
 * A fresh i18next instance (one per app, one per test). The shell's texts are bundled and ready at once;
 * a screen's namespace is a chunk of its own that `useTranslation` waits for (suspending into the page's
 * loading state). No runtime fetch of JSON.
 */
export function createI18n(language: Language = detectLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(lazyNamespaceBackend).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    resources: bundledResources,
    partialBundledLanguages: true,
    ns: [...BUNDLED_NAMESPACES],
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    react: { useSuspense: true },
  });
  document.documentElement.lang = language;
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return instance;
}

export async function changeLanguage(instance: i18n, language: Language): Promise<void> {
  await instance.changeLanguage(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // See readStoredLanguage: without storage the choice lasts for this page only.
  }
}
