import type { ReactNode } from 'react';
import { FieldError } from './field-error';
import { useFormMessage } from './use-form-message';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** A form error message (key or server text); shown below the control and announced with it. */
  error?: string;
  /** Extra content below the control (e.g. values derived from it), also describing it. */
  after?: ReactNode;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * One labelled control. Its description and error are tied to it with aria-describedby, and an error
 * marks it aria-invalid, so a screen reader reads label, hint and problem together.
 */
export function Field({ id, label, description, error, after, children }: FieldProps) {
  const message = useFormMessage()(error);
  const descriptionId = description ? `${id}-description` : undefined;
  const afterId = after ? `${id}-after` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  const describedBy = [descriptionId, afterId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {description ? (
        <p id={descriptionId} className="field__description">
          {description}
        </p>
      ) : null}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(message ? { 'aria-invalid': true as const } : {}),
      })}
      {after ? (
        <div id={afterId} className="field__after">
          {after}
        </div>
      ) : null}
      {errorId ? <FieldError id={errorId} text={message} /> : null}
    </div>
  );
}
