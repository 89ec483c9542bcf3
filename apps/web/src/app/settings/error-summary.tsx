import { useEffect, useRef } from 'react';
import { useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '@/components/errors/error-message';
import { isApiClientError } from '@/lib/api-error';
import { collectErrors } from '@/lib/settings/collect-errors';
import { useEditor } from '@/lib/settings/editor-context';
import { fieldId } from '@/lib/settings/field-path';
import { useDescribePath } from '@/lib/settings/use-describe-path';
import { useIssueText } from '@/lib/settings/use-issue-text';

interface ErrorSummaryProps {
  /** Increments on each failed save: the summary then takes focus, so it is read out first. */
  focusKey: number;
  failure: { error: unknown; unplaced: string[] } | null;
  blockedByPreflight: boolean;
}

/** Every problem of the last save attempt, each linking to (and focusing) its field, on any tab. */
export function ErrorSummary({ focusKey, failure, blockedByPreflight }: ErrorSummaryProps) {
  const { t } = useTranslation('settings');
  const tApp = useTranslation().t;
  const { errors, isSubmitted } = useFormState();
  const { focusPath } = useEditor();
  const describe = useDescribePath();
  const issueText = useIssueText();
  const ref = useRef<HTMLDivElement>(null);
  const items = isSubmitted ? collectErrors(errors) : [];
  const serverOnly =
    failure && !(isApiClientError(failure.error) && failure.error.code === 'VALIDATION_FAILED');

  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);

  if (items.length === 0 && !failure) return null;
  const correlationId = isApiClientError(failure?.error) ? failure.error.correlationId : undefined;
  return (
    <div ref={ref} id="settings-error-summary" className="form-summary" role="alert" tabIndex={-1}>
      <p className="form-summary__title">
        {serverOnly ? tApp(errorMessageKey(failure.error)) : t('editor.summaryTitle')}
      </p>
      {blockedByPreflight ? <p>{t('editor.preflightBlocked')}</p> : null}
      {failure?.unplaced.length ? (
        <ul>
          {failure.unplaced.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={item.path.join('.')}>
              <a
                href={`#${fieldId(item.path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusPath(item.path);
                }}
              >
                {describe(item.path)}
              </a>
              : {issueText(item.message, item.path)}
            </li>
          ))}
        </ul>
      ) : null}
      {correlationId ? (
        <p className="muted">
          {tApp('errors.reference')}: <code>{correlationId}</code>
        </p>
      ) : null}
    </div>
  );
}
