import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { channelSchema, triggerSchema } from '@cxc/shared/domain/channels';
import { conditionKindSchema } from '@cxc/shared/domain/rule';
import { idRuleSchema } from '@cxc/shared/domain/identification';
import { zohoModuleSchema } from '@cxc/shared/domain/modules';
import { ownerFallbackSchema } from '@cxc/shared/domain/owners';
import { findSourceField } from '@cxc/shared/domain/source-fields';
import { loose } from './dynamic-t';

const ID_RULE_KINDS = idRuleSchema.options.map((option) => option.shape.kind.value);

/**
 * Names of the domain's codes in the current language. Each accepts any string: a code the console
 * does not know (a newer server) is shown as the code itself rather than failing.
 */
export function useLabels() {
  const { t } = useTranslation('settings');
  return useMemo(() => {
    const tt = loose(t);
    return {
      channel: (value: string) => {
        const parsed = channelSchema.safeParse(value);
        return parsed.success ? t(`channelName.${parsed.data}`) : value;
      },
      module: (value: string) => {
        const parsed = zohoModuleSchema.safeParse(value);
        return parsed.success ? t(`module.${parsed.data}`) : value;
      },
      trigger: (value: string) => {
        const parsed = triggerSchema.safeParse(value);
        return parsed.success ? t(`trigger.${parsed.data}`) : value;
      },
      conditionKind: (value: string) => {
        const parsed = conditionKindSchema.safeParse(value);
        return parsed.success ? t(`conditionKind.${parsed.data}`) : value;
      },
      idRuleKind: (value: string) => {
        const kind = ID_RULE_KINDS.find((option) => option === value);
        return kind ? t(`idRuleKind.${kind}`) : value;
      },
      ownerFallback: (value: string) => {
        const parsed = ownerFallbackSchema.safeParse(value);
        return parsed.success ? t(`ownerFallback.${parsed.data}`) : value;
      },
      source: (path: string) => {
        const def = findSourceField(path);
        return def ? tt(def.labelKey, { ...def.labelParams, defaultValue: path }) : path;
      },
    };
  }, [t]);
}

export type Labels = ReturnType<typeof useLabels>;
