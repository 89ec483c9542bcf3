import { get, useFormState } from 'react-hook-form';
import { collectErrors } from '@/lib/settings/collect-errors';
import { asName } from '@/lib/settings/editor-context';
import { fieldName, type SettingsPath } from '@/lib/settings/field-path';
import { useIssueText } from '@/lib/settings/use-issue-text';

/**
 * Errors on the items of a list of plain values (a module in a checkbox group, a position in the
 * search order), which have no control of their own to sit under.
 */
export function NestedErrors({ path }: { path: SettingsPath }) {
  const { errors } = useFormState({ name: asName(path) });
  const issueText = useIssueText();
  const items: unknown = get(errors, fieldName(path));
  if (!Array.isArray(items)) return null;
  const found = collectErrors(items, path).filter((item) => item.path.length > path.length);
  return found.map((item) => (
    <p key={item.path.join('.')} className="settings-error">
      {issueText(item.message, item.path)}
    </p>
  ));
}
