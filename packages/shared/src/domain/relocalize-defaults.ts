import { CHANNELS } from './channels.ts';
import { type ContentLanguage, DEFAULT_CONTENT_LANGUAGE } from './content-language.ts';
import { defaultModuleRows, defaultRules } from './default-mappings.ts';
import type { MappingRow } from './mapping.ts';
import type { TargetModule } from './modules.ts';
import type { IntegrationSettings } from './settings.ts';

const sameRow = (a: MappingRow, b: MappingRow) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Sets the tenant's language and moves what is still a default into it: a default rule's name and a
 * default mapping row (template words, the Last_Name fallback) that the admin has not changed. Anything
 * the admin wrote stays exactly as written, in whatever language it is in.
 */
export function relocalizeDefaults(
  settings: IntegrationSettings,
  language: ContentLanguage,
): IntegrationSettings {
  const from = settings.language ?? DEFAULT_CONTENT_LANGUAGE;
  if (from === language) return { ...settings, language };
  const channels = { ...settings.channels };
  for (const channel of CHANNELS) {
    const current = channels[channel];
    const oldRules = defaultRules(channel, from);
    const newRules = defaultRules(channel, language);
    const rules = current.rules.map((rule) => {
      const index = oldRules.findIndex((r) => r.id === rule.id && r.name === rule.name);
      return index === -1 ? rule : { ...rule, name: newRules[index]?.name ?? rule.name };
    });
    const mapping: typeof current.mapping = {};
    for (const [module, rows] of Object.entries(current.mapping) as [TargetModule, MappingRow[]][]) {
      const oldRows = defaultModuleRows(channel, module, from);
      const newRows = defaultModuleRows(channel, module, language);
      mapping[module] = rows.map((row) => {
        const index = oldRows.findIndex((old) => sameRow(old, row));
        return index === -1 ? row : (newRows[index] ?? row);
      });
    }
    channels[channel] = { ...current, rules, mapping };
  }
  return { ...settings, language, channels };
}
