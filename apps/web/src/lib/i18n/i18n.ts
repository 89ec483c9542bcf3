import i18next, { type i18n, type Resource } from 'i18next';
import { env } from '@/config/env';
import { isLanguage, LANGUAGE_STORAGE_KEY, LANGUAGES, type Language } from './languages';
import { lazyNamespaceBackend } from './lazy-namespaces';
import { loadShellResources, SHELL_NAMESPACES } from './shell-resources';

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
 * A fresh i18next instance (one per app, one per test) over `initial`, the shell's texts already loaded
 * (`loadI18n` in the app, all four languages in tests): those are ready at once. Every other namespace
 * and language is a chunk of its own that i18next loads when asked (`useTranslation` suspends into the
 * page's loading state; a language switch waits for the new language's texts). No runtime fetch of JSON.
 */
export function createI18n(language: Language, initial: Resource): i18n {
  const instance = i18next.createInstance();
  void instance.use(lazyNamespaceBackend).init({
    lng: language,
    // No fallback language: the parity tests keep every key in every locale, and a fallback would make
    // i18next download English beside the user's language on every start.
    fallbackLng: false,
    supportedLngs: LANGUAGES,
    load: 'currentOnly',
    resources: initial,
    partialBundledLanguages: true,
    ns: [...SHELL_NAMESPACES],
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

/** The app's i18n: the user's language only, its shell texts loaded before the first render. */
export async function loadI18n(language: Language = detectLanguage()): Promise<i18n> {
  return createI18n(language, await loadShellResources(language));
}

export async function changeLanguage(instance: i18n, language: Language): Promise<void> {
  await instance.changeLanguage(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // See readStoredLanguage: without storage the choice lasts for this page only.
  }
}
