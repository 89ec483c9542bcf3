import type { SettingsTab } from './settings-url-state';

export type SettingsPath = readonly (string | number)[];

/** react-hook-form's dotted name of a settings path (`channels.web_chat.mapping.Leads.2.zohoField`). */
export function fieldName(path: SettingsPath): string {
  return path.map(String).join('.');
}

/**
 * The DOM id of the control (or group) that edits a settings path. Derived from the path alone, so the
 * error summary, the preflight panel and a server issue all find the same element, and no two
 * controls can share an id.
 */
export function fieldId(path: SettingsPath): string {
  return `sf-${path.map((segment) => String(segment).replace(/[^A-Za-z0-9_-]/g, '_')).join('-')}`;
}

export function splitName(name: string): (string | number)[] {
  return name.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** The tab that shows a settings path. */
export function tabOfPath(path: SettingsPath): SettingsTab | undefined {
  const [head, second] = path;
  if (head === 'channels' && typeof second === 'string') {
    return second === 'web_chat' || second === 'inbox' || second === 'calls' || second === 'meetings'
      ? second
      : undefined;
  }
  if (
    head === 'identification' ||
    head === 'updatePolicy' ||
    head === 'defaultCountry' ||
    head === 'timeZone' ||
    head === 'language'
  )
    return 'identification';
  if (head === 'owners') return 'owners';
  if (head === 'agentPanel') return 'agent_panel';
  if (head === 'automation') return 'limits';
  if (head === 'records') return 'records';
  return undefined;
}

/** Ids to try, most exact first: a path may name a row or module that has no control of its own. */
export function focusCandidates(path: SettingsPath): string[] {
  const ids: string[] = [];
  for (let length = path.length; length > 0; length -= 1) ids.push(fieldId(path.slice(0, length)));
  return ids;
}
