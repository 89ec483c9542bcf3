import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { triggerSchema } from '@cxc/shared/domain/channels';
import { conditionKindSchema } from '@cxc/shared/domain/rule';
import { idRuleSchema } from '@cxc/shared/domain/identification';
import { ownerFallbackSchema } from '@cxc/shared/domain/owners';
import { findSourceField } from '@cxc/shared/domain/source-fields';
import { loose } from './dynamic-t';
import { useRecordLabels } from './use-record-labels';

const ID_RULE_KINDS = idRuleSchema.options.map((option) => option.shape.kind.value);

/**
 * Names of the domain's codes in the current language. Each accepts any string: a code the console
 * does not know (a newer server) is shown as the code itself rather than failing.
 */
export function useLabels() {
  const { t } = useTranslation('settings');
  const recordLabels = useRecordLabels();
  return useMemo(() => {
    const tt = loose(t);
    return {
      ...recordLabels,
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
  }, [t, recordLabels]);
}

export type Labels = ReturnType<typeof useLabels>;
