import { z } from 'zod';

export const SETTINGS_TABS = [
  'web_chat',
  'inbox',
  'calls',
  'meetings',
  'identification',
  'owners',
  'agent_panel',
  'limits',
  'records',
  'test',
  'history',
] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

/**
 * What the address bar holds: the open tab and the history page. Every parameter `.catch()`es, so a
 * hand-edited or stale link opens the editor at a sensible place instead of failing.
 */
export const settingsUrlStateSchema = z.object({
  tab: z.enum(SETTINGS_TABS).catch('web_chat'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type SettingsUrlState = z.infer<typeof settingsUrlStateSchema>;

export function parseSettingsUrlState(search: URLSearchParams): SettingsUrlState {
  return settingsUrlStateSchema.parse({
    tab: search.get('tab') ?? undefined,
    page: search.get('page') ?? undefined,
  });
}
