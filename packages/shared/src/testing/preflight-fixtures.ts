import type { MappingRow } from '../domain/mapping.ts';
import { defaultSettings, type IntegrationSettings } from '../domain/settings.ts';

/** Ringostat's tracking fields: the simulator's Acme org has them on Leads, Globex's does not. */
export const RINGOSTAT_MAPPING: readonly MappingRow[] = [
  ...['source', 'medium', 'campaign', 'term', 'content'].map((k): MappingRow => ({
    zohoField: `rs_utm_${k}`,
    source: { kind: 'field', path: `utm.${k}` },
  })),
  { zohoField: 'rs_google_client_id', source: { kind: 'field', path: 'google_client_id' } },
];

/** Default settings with web chat switched on in `mode`, then `edit`ed: what a preflight test checks. */
export function webChatSettings(
  mode: 'automatic' | 'manual',
  edit: (settings: IntegrationSettings) => void = () => {},
  base: IntegrationSettings = defaultSettings(),
): IntegrationSettings {
  Object.assign(base.channels.web_chat, { enabled: true, mode });
  edit(base);
  return base;
}

/** Adds the Ringostat fields to web chat's Lead mapping. */
export const withRingostat = (settings: IntegrationSettings): void => {
  settings.channels.web_chat.mapping.Leads?.push(...RINGOSTAT_MAPPING);
};
