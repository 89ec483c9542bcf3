import { useFormContext, useWatch } from 'react-hook-form';
import { mappingRowSchema } from '@cxc/shared/domain/mapping';
import type { TargetModule } from '@cxc/shared/domain/modules';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { checkMapping } from '@cxc/shared/domain/type-checks';
import { findField, type ZohoField } from '@cxc/shared/domain/zoho-fields';
import { asName } from '@/lib/settings/editor-context';
import type { SettingsPath } from '@/lib/settings/field-path';
import { useIssueText } from '@/lib/settings/use-issue-text';
import { encodeIssue } from '@/lib/settings/form-issue';

/**
 * Type checks of a row against its Zoho field, as preflight runs them: can this source go into this
 * data type, is this fixed value one of the picklist's. Shown as soon as the row is complete.
 */
export function MappingChecks({
  module,
  path,
  fields,
  part,
}: {
  module: TargetModule;
  path: SettingsPath;
  fields?: readonly ZohoField[];
  /** The row's value or its "value if empty": the domain names the latter's checks `fallback_*`. */
  part: 'source' | 'fallback';
}) {
  const issueText = useIssueText();
  const { control } = useFormContext<IntegrationSettings>();
  const value: unknown = useWatch({ control, name: asName(path) });
  const row = mappingRowSchema.safeParse(value);
  const field = row.success ? findField(fields, row.data.zohoField) : undefined;
  if (!row.success || !field) return null;
  const checks = checkMapping(row.data, field).filter(
    (check) => check.code.startsWith('fallback_') === (part === 'fallback'),
  );
  if (checks.length === 0) return null;
  return (
    <ul className="mapping-checks">
      {checks.map((check) => (
        <li key={check.code} className={check.level === 'error' ? 'settings-error' : 'settings-warning'}>
          {issueText(
            encodeIssue(`preflight.${check.code}`, { ...check.params, module, field: field.api_name }),
            path,
          )}
        </li>
      ))}
    </ul>
  );
}
