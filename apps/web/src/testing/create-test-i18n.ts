import type { i18n, Resource } from 'i18next';
import { createI18n, detectLanguage } from '@/lib/i18n/i18n';
import { LANGUAGES, type Language } from '@/lib/i18n/languages';
import { resources } from '@/lib/i18n/resources';

/**
 * i18n for a test, ready at once: the shell's texts of all four languages (a switch needs no chunk), the
 * screens' namespaces still loaded lazily as in the app.
 */
export function createTestI18n(language: Language = detectLanguage()): i18n {
  const shell: Resource = Object.fromEntries(
    LANGUAGES.map((lng) => [
      lng,
      { translation: resources[lng].translation ?? {}, events: resources[lng].events ?? {} },
    ]),
  );
  return createI18n(language, shell);
}
