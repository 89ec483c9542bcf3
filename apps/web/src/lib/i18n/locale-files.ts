import type { ResourceKey } from 'i18next';
import { isLanguage, type Language } from './languages';

/**
 * Every namespace's texts live beside the code that shows them, in a `locales` folder with one file per
 * language (`features/channels/locales/de.ts`). Where a file sits names its namespace:
 * - `<folder>/locales/<lang>.ts` → the folder, in camelCase (`features/field-mapping` → `fieldMapping`,
 *   `lib/settings` → `settings`); the shell's own `lib/i18n/locales/<lang>.ts` → `translation`;
 * - `lib/i18n/locales/<name>/<lang>.ts` → `<name>` (`events`: shared by several screens).
 * So a new feature's texts join by being put in place, as its folder joins the ESLint feature zones.
 * The loaders glob every `locales` folder under `src` (Vite needs the pattern as a literal there).
 */

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

export interface LocaleFile {
  namespace: string;
  language: Language;
}

/** Which namespace and language a locale file holds, from its path (see above). */
export function localeFileOf(path: string): LocaleFile {
  const parts = path.split('/');
  const language = parts.at(-1)?.replace(/\.ts$/, '');
  const parent = parts.at(-2);
  const grandparent = parts.at(-3);
  if (!isLanguage(language) || !parent || !grandparent) throw new Error(`not a locale file: ${path}`);
  if (parent !== 'locales') return { namespace: camelCase(parent), language };
  return { namespace: grandparent === 'i18n' ? 'translation' : camelCase(grandparent), language };
}

/** A locale file exports its tree as its one value (`export const channelsDe = {…}`); types vanish. */
export function treeOf(module: Record<string, unknown>, path: string): ResourceKey {
  const values = Object.values(module).filter((value) => typeof value === 'object' && value !== null);
  if (values.length !== 1) throw new Error(`${path} must export exactly one tree of texts`);
  return values[0] as ResourceKey;
}
