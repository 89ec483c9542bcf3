import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeIssue } from './form-issue';
import { isDomainKey } from './issue-key';
import { loose } from './dynamic-t';
import type { SettingsPath } from './field-path';
import { useLabels, type Labels } from './use-labels';

type Params = Record<string, string | number>;

const UNFILLED = /\{\{\s*\w+\s*\}\}/;

/** What a path itself says about an issue, for server issues that arrive without parameters. */
function paramsFromPath(path: SettingsPath): Params {
  const params: Params = {};
  if (path[0] === 'channels' && typeof path[1] === 'string') params.channel = path[1];
  if (path[0] === 'channels' && path[2] === 'mapping' && typeof path[3] === 'string') params.module = path[3];
  if (path[0] === 'identification' && path[1] === 'rules' && typeof path[2] === 'string')
    params.module = path[2];
  return params;
}

function readable(key: string, params: Params, labels: Labels): Params {
  const out: Params = { ...params };
  if (typeof params.channel === 'string') out.channel = labels.channel(params.channel);
  if (typeof params.module === 'string') out.module = labels.module(params.module);
  if (typeof params.trigger === 'string') out.trigger = labels.trigger(params.trigger);
  if (typeof params.path === 'string') out.path = labels.source(params.path);
  // Rows are counted from 1 on screen; the domain counts from 0.
  if (typeof params.firstRow === 'number') out.firstRow = params.firstRow + 1;
  if (key === 'rules.condition_not_on_channel' && typeof params.kind === 'string')
    out.kind = labels.conditionKind(params.kind);
  if (key === 'identification.kind_not_for_module' && typeof params.kind === 'string')
    out.kind = labels.idRuleKind(params.kind);
  if (key === 'preflight.agent_unmatched' && typeof params.fallback === 'string')
    out.fallback = labels.ownerFallback(params.fallback);
  return out;
}

/**
 * Turns a form error message (an encoded domain issue, a domain key sent by the server, or the
 * server's own words) into text in the current language.
 */
export function useIssueText() {
  const { t, i18n } = useTranslation('settings');
  const labels = useLabels();
  return useCallback(
    (message: string | undefined, path: SettingsPath = []): string | undefined => {
      if (!message) return undefined;
      const decoded = decodeIssue(message);
      const key = 'key' in decoded ? decoded.key : decoded.text;
      const known =
        (isDomainKey(key) || key.startsWith('validation.')) && i18n.exists(key, { ns: 'settings' });
      if (!known) return 'text' in decoded ? decoded.text : t('validation.unknown', { code: key });
      const params = readable(
        key,
        { ...paramsFromPath(path), ...('params' in decoded ? decoded.params : {}) },
        labels,
      );
      const text = loose(t)(key, params);
      return UNFILLED.test(text) ? t('validation.invalid') : text;
    },
    [t, i18n, labels],
  );
}
