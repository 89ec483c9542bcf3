import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '@cxc/shared/api/errors';
import { isApiClientError } from '@/lib/api-error';

const PEOPLE = new Set(['Leads', 'Contacts']);

/** Conflicts the server names by issue code, each with the title that says what happened. */
const CONFLICT_TITLES = {
  may_exist: 'refusals.mayExist',
  still_sending: 'refusals.stillSending',
  request_id_taken: 'refusals.requestTaken',
} as const;
const isConflictCode = (code: string): code is keyof typeof CONFLICT_TITLES =>
  Object.hasOwn(CONFLICT_TITLES, code);

function DuplicateTitle({ issue }: { issue: FieldIssue }) {
  const { t } = useTranslation('agentPanel');
  const { t: tEvents } = useTranslation('events');
  const { module = '', id = '', url, name } = issue.params ?? {};
  const say = tEvents as unknown as (key: string) => string;
  return (
    <>
      {PEOPLE.has(module) ? t('refusals.duplicatePerson') : t('refusals.duplicateRecord')}{' '}
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {name ?? `${say(`modules.${module}`)} ${id}`}
        </a>
      ) : (
        (name ?? id)
      )}
    </>
  );
}

/**
 * The title of a refused create when it was a duplicate or a conflict, so the agent reads what happened
 * ("This person is already in Zoho CRM: Ada Lovelace", linked) instead of a generic failure. Undefined
 * for any other failure: the form's summary keeps its own title.
 */
export function useRefusalTitle(): (failure: unknown) => ReactNode {
  const { t } = useTranslation('agentPanel');
  return (failure) => {
    if (!isApiClientError(failure)) return undefined;
    const duplicate = failure.issues.find((issue) => issue.code === 'duplicate_record');
    if (duplicate) return <DuplicateTitle issue={duplicate} />;
    const conflict = failure.issues.find((issue) => isConflictCode(issue.code));
    if (conflict && isConflictCode(conflict.code)) return t(CONFLICT_TITLES[conflict.code]);
    if (failure.issues.some((issue) => issue.code === 'DUPLICATE_DATA')) return t('refusals.duplicateValue');
    return undefined;
  };
}
