import type { BackendModule, ResourceKey } from 'i18next';
import type { Language } from './languages';
import { localeFileOf, treeOf } from './locale-files';

type Loader = () => Promise<ResourceKey>;

// Not eager: one chunk per namespace and language, so a user downloads their language only, and a
// screen's texts only with that screen. The pattern must be a literal here for Vite to expand it.
const files = import.meta.glob<Record<string, unknown>>('/src/**/locales/**/{en,de,ja,ru}.ts');

/** Every namespace's loader per language, found by where its files are (see `locale-files.ts`). */
export const LAZY_NAMESPACES: Readonly<Record<string, Partial<Record<Language, Loader>>>> = (() => {
  const table: Record<string, Partial<Record<Language, Loader>>> = {};
  for (const [path, load] of Object.entries(files)) {
    const { namespace, language } = localeFileOf(path);
    (table[namespace] ??= {})[language] = () => load().then((module) => treeOf(module, path));
  }
  return table;
})();

export function loaderFor(namespace: string, language: string): Loader | undefined {
  if (!Object.hasOwn(LAZY_NAMESPACES, namespace)) return undefined;
  const loaders = LAZY_NAMESPACES[namespace];
  return loaders && Object.hasOwn(loaders, language) ? loaders[language as Language] : undefined;
}

/** Loads one namespace in one language; throws when no such file exists. */
export function loadNamespace(namespace: string, language: Language): Promise<ResourceKey> {
  const load = loaderFor(namespace, language);
  if (!load) return Promise.reject(new Error(`no texts for ${namespace} in ${language}`));
  return load();
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
