import { get, useFormState, type FieldError } from 'react-hook-form';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { asName } from './editor-context';
import { fieldId, fieldName, type SettingsPath } from './field-path';
import { useIssueText } from './use-issue-text';

export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * The error of one settings path, in words, with the props that tie it to its control (id,
 * aria-invalid, aria-describedby). A list path also shows the error set on the list itself (`.root`).
 */
export function useFieldError(path: SettingsPath, describedBy?: string) {
  const name = fieldName(path);
  const { errors } = useFormState<IntegrationSettings>({ name: asName(path) });
  const issueText = useIssueText();
  const own: FieldError | undefined = get(errors, name);
  const root: FieldError | undefined = get(errors, `${name}.root`);
  const message = typeof own?.message === 'string' ? own.message : root?.message;
  const text = issueText(message, path);
  const id = fieldId(path);
  const errorId = `${id}-error`;
  const ids = [text ? errorId : undefined, describedBy].filter(Boolean).join(' ');
  const controlProps: ControlProps = {
    id,
    ...(text ? { 'aria-invalid': true as const } : {}),
    ...(ids ? { 'aria-describedby': ids } : {}),
  };
  return { id, text, errorId, controlProps };
}
