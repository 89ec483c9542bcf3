import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '@/components/form/form-error-summary';
import { applyServerIssues, zodFormOptions } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormMessage } from '@/components/form/use-form-message';
import { useDataCenterName } from '@/lib/data-center-label';
import { useAvailableOrgs } from '../api/list-available-orgs';
import { useChooseOrg } from '../api/choose-org';
import { orgChoiceFormSchema, type OrgChoiceFormValues } from '../schemas/org-choice-form';

/**
 * The Zoho user can reach several CRM orgs (production, sandbox, another company): the admin picks one.
 * A single org is preselected, so confirming is one click.
 */
export function OrgChooser({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const { dcName } = useDataCenterName();
  const formMessage = useFormMessage();
  const { data } = useAvailableOrgs(tenantId);
  const choose = useChooseOrg(tenantId);
  const [serverError, setServerError] = useState<unknown>(null);
  const only = data.orgs.length === 1 ? data.orgs[0] : undefined;
  const form = useForm<OrgChoiceFormValues>({
    resolver: zodResolver(orgChoiceFormSchema, zodFormOptions),
    defaultValues: { orgId: only?.id ?? '' },
  });
  const error = form.formState.errors.orgId?.message;

  if (data.orgs.length === 0) return <p className="callout callout--warning">{t('connection.orgs.none')}</p>;

  const onSubmit = async ({ orgId }: OrgChoiceFormValues) => {
    setServerError(null);
    try {
      await choose.mutateAsync(orgId);
    } catch (failure) {
      setServerError(failure);
      applyServerIssues(failure, form.setError, ['orgId']);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
      <FormErrorSummary
        errors={form.formState.errors}
        fields={[{ name: 'orgId', id: `org-${data.orgs[0]?.id ?? ''}`, label: t('connection.orgs.legend') }]}
        serverError={form.formState.errors.orgId ? undefined : serverError}
      />
      <fieldset className="choice-group" aria-describedby={error ? 'org-choice-error' : undefined}>
        <legend className="field__label">{t('connection.orgs.legend')}</legend>
        <p className="field__description">
          {t(only ? 'connection.orgs.descriptionOne' : 'connection.orgs.description')}
        </p>
        {data.orgs.map((org) => {
          const id = `org-${org.id}`;
          return (
            <div key={org.id} className="choice">
              <input
                type="radio"
                id={id}
                value={org.id}
                aria-describedby={error ? `${id}-description org-choice-error` : `${id}-description`}
                {...form.register('orgId')}
              />
              <div>
                <label htmlFor={id} className="choice__label">
                  {org.name}
                </label>
                <p id={`${id}-description`} className="choice__description">
                  {t('connection.orgs.details', {
                    edition: org.edition,
                    dataCenter: dcName(org.dc),
                    id: org.id,
                  })}
                </p>
              </div>
            </div>
          );
        })}
        {error ? (
          <p id="org-choice-error" className="field__error">
            {formMessage(error)}
          </p>
        ) : null}
      </fieldset>
      <div className="form__actions">
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t('connection.orgs.pending')}>
          {t('connection.orgs.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}
