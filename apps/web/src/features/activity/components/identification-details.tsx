import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityIdentification } from '@cxc/shared/api/activity';
import type { SearchStep } from '@cxc/shared/domain/plan-schema';

/** The value a search looked for, as the admin would recognise it. */
function searchedValue(step: SearchStep): string {
  const { query } = step;
  if (query.by === 'email') return query.email;
  if (query.by === 'phone') return query.phone;
  if (query.by === 'id') return query.id;
  return query.criteria;
}

/** A record by its name, with its id on hover (the id alone when the plan does not know the name). */
function RecordName({ id, names }: { id: string; names: Record<string, string> }) {
  const name = names[id];
  return name ? (
    <strong title={id}>
      {name}
      <span className="sr-only"> ({id})</span>
    </strong>
  ) : (
    <code>{id}</code>
  );
}

/**
 * Who was matched and why: the rule that found the record and the value it searched, why other results
 * were not chosen, or that nothing matched and a record is created.
 */
export function IdentificationDetails({ identification }: { identification: ActivityIdentification | null }) {
  const { t } = useTranslation('whoMatched');
  const { t: tEvents } = useTranslation('events');
  const moduleName = (module: string) => (isModuleKey(module) ? tEvents(`modules.${module}`) : module);
  const summary = (() => {
    if (!identification) return <p className="muted">{t('notPlanned')}</p>;
    if (identification.test) return <p className="muted">{t('test')}</p>;
    const found = identification.identified;
    if (!found || found.outcome === 'not_found') return <p>{t('notFound')}</p>;
    if (found.outcome === 'needs_review')
      return <p>{t('needsReview', { count: found.candidates.length, module: moduleName(found.module) })}</p>;
    const [before, after] = t('found', {
      module: moduleName(found.module),
      rule: t(`rule.${found.via}`),
      record: '\u0000',
    }).split('\u0000');
    return (
      <p>
        {before}
        <RecordName id={found.recordId} names={identification.names} />
        {after}
        {found.policy && found.policy !== 'flag_for_review' && found.candidates.length > 1
          ? ` ${t('several', { count: found.candidates.length, policy: t(`policy.${found.policy}`) })}`
          : null}
      </p>
    );
  })();
  const steps = identification && !identification.test ? identification.searches : [];
  return (
    <div className="subsection">
      <h4 className="subsection__title">{t('heading')}</h4>
      {summary}
      {steps.length > 0 ? (
        <>
          <p className="muted">{t('stepsHeading')}</p>
          <ol className="activity-list">
            {steps.map((step, index) => {
              const others = step.resultIds.filter((id) => !step.matchedIds.includes(id));
              return (
                <li key={index}>
                  {t('step', {
                    module: moduleName(step.module),
                    rule: t(`rule.${step.rule}`),
                    value: searchedValue(step),
                    returned: step.resultIds.length,
                    matched: step.matchedIds.length,
                  })}
                  {others.length > 0 ? (
                    <p className="muted">
                      {t('others')}{' '}
                      {others.map((id, position) => (
                        <Fragment key={id}>
                          {position > 0 ? ', ' : null}
                          <RecordName id={id} names={identification?.names ?? {}} />
                        </Fragment>
                      ))}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </div>
  );
}

const MODULE_KEYS = ['Leads', 'Contacts', 'Accounts', 'Deals', 'Tasks', 'Cases', 'Calls', 'Notes'] as const;
const isModuleKey = (module: string): module is (typeof MODULE_KEYS)[number] =>
  (MODULE_KEYS as readonly string[]).includes(module);
