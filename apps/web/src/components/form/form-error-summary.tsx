import type { MouseEvent, ReactNode } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '@/components/errors/error-message';
import { isApiClientError } from '@/lib/api-error';
import { useFormMessage } from './use-form-message';

interface FormErrorSummaryProps<T extends FieldValues> {
  errors: FieldErrors<T>;
  /** The fields in form order, with the id and label of each control (the summary links to them). */
  fields: readonly { name: string; id: string; label: string }[];
  /** A failed submit that no field shows (a 5xx, a conflict, an issue about no field of this form). */
  serverError?: unknown;
  serverMessages?: readonly string[];
  /** What happened, when the form knows better than the generic title (a duplicate, a conflict). */
  title?: ReactNode;
}

/**
 * Announced at once (role=alert) after a failed submit: what is wrong, with a link to each field. The
 * fields keep their own inline messages; this is the overview for keyboard and screen-reader users.
 */
export function FormErrorSummary<T extends FieldValues>({
  errors,
  fields,
  serverError,
  serverMessages = [],
  title,
}: FormErrorSummaryProps<T>) {
  const { t } = useTranslation();
  const formMessage = useFormMessage();
  const fieldErrors = fields.flatMap((field) => {
    const message = formMessage(
      (errors as Record<string, { message?: string } | undefined>)[field.name]?.message,
    );
    return message ? [{ ...field, message }] : [];
  });
  const hasServer = serverError !== undefined && serverError !== null;
  if (fieldErrors.length === 0 && !hasServer) return null;
  const correlationId = isApiClientError(serverError) ? serverError.correlationId : undefined;
  const invalidInput = isApiClientError(serverError) && serverError.code === 'VALIDATION_FAILED';
  return (
    <div className="form-summary" role="alert">
      <p className="form-summary__title">
        {title ?? (hasServer && !invalidInput ? t(errorMessageKey(serverError)) : t('forms.summaryTitle'))}
      </p>
      {serverMessages.length > 0 ? (
        <ul>
          {serverMessages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      {fieldErrors.length > 0 ? (
        <ul>
          {fieldErrors.map((field) => (
            <li key={field.name}>
              <a href={`#${field.id}`} onClick={(event) => focusField(event, field.id)}>
                {field.label}
              </a>
              : {field.message}
            </li>
          ))}
        </ul>
      ) : null}
      {correlationId ? (
        <p className="muted">
          {t('errors.reference')}: <code>{correlationId}</code>
        </p>
      ) : null}
    </div>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  // An in-page link would change the router's location; focusing the control is all that is wanted.
  event.preventDefault();
  document.getElementById(id)?.focus();
}
