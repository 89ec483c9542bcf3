import { useTranslation } from 'react-i18next';
import { zohoReasonKey } from '@/components/errors/error-message';
import { ErrorState } from '@/components/errors/error-state';
import { isApiClientError } from '@/lib/api-error';
import { useIssueText, wholeRequestIssues } from './use-issue-text';

/** Server issue messages the panel explains in the agent's language (`phone_<reason>` from the search). */
const REASONS = [
  'phone_empty',
  'phone_not_a_number',
  'phone_invalid_country',
  'phone_too_short',
  'phone_too_long',
  'phone_not_possible',
] as const;
type Reason = (typeof REASONS)[number];
const isReason = (message: string): message is Reason => (REASONS as readonly string[]).includes(message);

/**
 * Zoho-side problems (not connected, must reconnect, Zoho unreachable) and input the server refused (a
 * number it cannot search) carry a message written for users (AppError's rule): the agent reads it, or
 * its translation when the server names a known reason. Anything else gets the generic explanation.
 */
export function PanelError({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation('agentPanel');
  const { t: tApp } = useTranslation();
  const issueText = useIssueText();
  const zoho = zohoReasonKey(error);
  if (
    isApiClientError(error) &&
    ['CONFLICT', 'UPSTREAM_UNAVAILABLE', 'VALIDATION_FAILED'].includes(error.code)
  ) {
    const reasons = error.issues.map((issue) => issue.message).filter(isReason);
    const said = wholeRequestIssues(error.issues);
    // A Zoho connection problem or a reason the server named, in the agent's language; else its words.
    const explanations = zoho
      ? [tApp(zoho)]
      : reasons.length
        ? reasons.map((reason) => t(`search.invalid.${reason}`))
        : said.length
          ? said.map(issueText)
          : [error.message];
    return (
      <div className="notice notice--danger" role="alert">
        <div className="notice__content">
          <p className="notice__title">{title}</p>
          {explanations.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      </div>
    );
  }
  return <ErrorState error={error} title={title} headingLevel={3} {...(onRetry ? { onRetry } : {})} />;
}
