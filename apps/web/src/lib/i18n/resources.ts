import type { ResourceKey } from 'i18next';
import { LANGUAGES, type Language } from './languages';
import { localeFileOf, treeOf } from './locale-files';

// Eager: every file at once. Only tests import this module; the app loads per screen and language
// (`lazy-namespaces.ts`), so none of this is in the app's bundle.
const files = import.meta.glob<Record<string, unknown>>('/src/**/locales/**/{en,de,ja,ru}.ts', {
  eager: true,
});

/** Every locale file's path, namespace and language, for the parity tests ("every file is checked"). */
export const localeFiles = Object.entries(files).map(([path, module]) => ({
  path,
  ...localeFileOf(path),
  tree: treeOf(module, path),
}));

/** Every namespace of every language: the parity tests and the tests' i18n read it. */
export const resources: Record<Language, Record<string, ResourceKey>> = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    Object.fromEntries(
      localeFiles.filter((file) => file.language === language).map((file) => [file.namespace, file.tree]),
    ),
  ]),
) as Record<Language, Record<string, ResourceKey>>;
