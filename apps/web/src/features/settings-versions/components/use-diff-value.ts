import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { channelModeSchema } from '@cxc/shared/domain/channel-settings';
import { idRuleSchema, multipleMatchPolicySchema } from '@cxc/shared/domain/identification';
import { mappingRowSchema } from '@cxc/shared/domain/mapping';
import { zohoModuleSchema } from '@cxc/shared/domain/modules';
import { ownerFallbackSchema, userLinkSchema } from '@cxc/shared/domain/owners';
import { conditionSchema, ruleSchema } from '@cxc/shared/domain/rule';
import { updatePolicySchema } from '@cxc/shared/domain/settings';
import type { SettingsPath } from '@/lib/settings/field-path';
import { useLabels } from '@/lib/settings/use-labels';
import { useUserLabel } from '@/lib/settings/use-user-label';

const USER_KEYS = new Set(['defaultOwnerId', 'missedCallOwnerId', 'zohoUserId']);

/** A value of a settings diff in words: enums by their label, users by name, rows by what they do. */
export function useDiffValue() {
  const { t } = useTranslation(['settingsVersions', 'settings']);
  const labels = useLabels();
  const userLabel = useUserLabel();

  const text = useCallback(
    (path: SettingsPath, value: string): string => {
      const last = path[path.length - 1];
      if (typeof last === 'string' && USER_KEYS.has(last)) return userLabel(value);
      if (last === 'trigger') return labels.trigger(value);
      if (last === 'path' || last === 'source') return labels.source(value);
      const mode = channelModeSchema.safeParse(value);
      if (last === 'mode' && mode.success) return t(`settings:mode.${mode.data}`);
      const policy = updatePolicySchema.safeParse(value);
      if (policy.success) return t(`settings:updatePolicy.${policy.data}`);
      const matches = multipleMatchPolicySchema.safeParse(value);
      if (matches.success) return t(`settings:multipleMatches.${matches.data}`);
      const fallback = ownerFallbackSchema.safeParse(value);
      if (path[0] === 'owners' && fallback.success) return t(`settings:ownerFallback.${fallback.data}`);
      return zohoModuleSchema.safeParse(value).success ? labels.module(value) : value;
    },
    [t, labels, userLabel],
  );

  const object = useCallback(
    (value: object): string => {
      const row = mappingRowSchema.safeParse(value);
      if (row.success) {
        const s = row.data.source;
        const from =
          s.kind === 'field' ? labels.source(s.path) : s.kind === 'template' ? s.template : String(s.value);
        return t('settings:diff.row', { field: row.data.zohoField, source: from });
      }
      const rule = ruleSchema.safeParse(value);
      if (rule.success)
        return t('settings:diff.rule', { name: rule.data.name, trigger: labels.trigger(rule.data.trigger) });
      const condition = conditionSchema.safeParse(value);
      if (condition.success) return labels.conditionKind(condition.data.kind);
      const idRule = idRuleSchema.safeParse(value);
      if (idRule.success) return t(`settings:idRuleKind.${idRule.data.kind}`);
      const link = userLinkSchema.safeParse(value);
      if (link.success)
        return t('settings:diff.link', {
          agent: link.data.agentEmail,
          user: userLabel(link.data.zohoUserId),
        });
      return JSON.stringify(value);
    },
    [t, labels, userLabel],
  );

  return useCallback(
    (path: SettingsPath, value: unknown): string => {
      const format = (at: SettingsPath, item: unknown): string => {
        if (item === undefined || item === null) return t('settings:diff.unset');
        if (typeof item === 'boolean') return t(item ? 'settings:common.yes' : 'settings:common.no');
        if (typeof item === 'number') return String(item);
        if (typeof item === 'string') return text(at, item);
        if (Array.isArray(item))
          return item.length
            ? item.map((entry, index) => format([...at, index], entry)).join('; ')
            : t('settings:diff.emptyList');
        return typeof item === 'object' ? object(item) : '';
      };
      return format(path, value);
    },
    [t, text, object],
  );
}
