import { useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EventType } from '@cxc/shared/domain/events';
import { integrationSettingsSchema, type IntegrationSettings } from '@cxc/shared/domain/settings';
import { errorMessageKey } from '@/components/errors/error-message';
import { useDryRun } from '../api/dry-run';
import { useEditor } from '@/lib/settings/editor-context';
import { buildSampleEvent, sampleVisitor, type VisitorInput } from '../lib/build-sample-event';
import { DryRunInputs } from './dry-run-inputs';
import { PlanView } from './plan-view';
import { RecordNamesContext } from './record-names';

/**
 * "Test with a sample conversation": the current (unsaved) settings run against a sample event. Zoho
 * is searched for real; nothing is written. Shows exactly what would be searched, created or updated.
 */
export function DryRunPanel() {
  const { t } = useTranslation('dryRun');
  const tApp = useTranslation().t;
  const { tenantId } = useEditor();
  const { getValues, trigger } = useFormContext<IntegrationSettings>();
  const dryRun = useDryRun(tenantId);
  const [type, setType] = useState<EventType>('chat.ended');
  const defaultCountry = () => getValues('defaultCountry') ?? '';
  const [visitor, setVisitor] = useState<VisitorInput>(() => sampleVisitor('chat.ended', defaultCountry()));
  const [visitorErrors, setVisitorErrors] = useState<Partial<Record<keyof VisitorInput, string>>>({});
  const [settingsInvalid, setSettingsInvalid] = useState(false);
  const records = dryRun.data?.records;
  const names = useMemo(() => new Map(records?.map((record) => [record.id, record.name])), [records]);

  const run = async () => {
    const settings = integrationSettingsSchema.safeParse(getValues());
    setSettingsInvalid(!settings.success);
    if (!settings.success) {
      await trigger();
      return;
    }
    const event = buildSampleEvent(type, visitor);
    setVisitorErrors(event.errors);
    if (!event.value) return;
    dryRun.mutate({ settings: settings.data, event: event.value });
  };

  return (
    <div className="settings-stack">
      <p className="muted">{t('dryRun.intro')}</p>
      <DryRunInputs
        type={type}
        visitor={visitor}
        errors={visitorErrors}
        onType={(next) => {
          setType(next);
          setVisitor(sampleVisitor(next, visitor.country));
          setVisitorErrors({});
        }}
        onVisitor={setVisitor}
        onRun={() => void run()}
        pending={dryRun.isPending}
      />
      <div role="status">
        {settingsInvalid ? <p className="settings-error">{t('dryRun.settingsInvalid')}</p> : null}
        {dryRun.isError ? (
          <p className="settings-error">
            {t('dryRun.failed', { reason: tApp(errorMessageKey(dryRun.error)) })}
          </p>
        ) : null}
      </div>
      {dryRun.data ? (
        <RecordNamesContext.Provider value={names}>
          <PlanView plan={dryRun.data.plan} />
        </RecordNamesContext.Provider>
      ) : null}
    </div>
  );
}
