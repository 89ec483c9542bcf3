import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { renderTemplate } from '@cxc/shared/domain/template';
import { asName, useEditor } from '@/lib/settings/editor-context';
import type { SettingsPath } from '@/lib/settings/field-path';
import { useIssueText } from '@/lib/settings/use-issue-text';
import { useLabels } from '@/lib/settings/use-labels';
import { encodeIssue } from '@/lib/settings/form-issue';
import { CHANNEL_SAMPLE, sampleEvent } from '@/lib/settings/sample-events';

/**
 * The template rendered with the channel's sample conversation, exactly as the connector would render
 * it, with the variables that came out empty and those it does not know.
 */
export function TemplatePreview({ id, channel, path }: { id: string; channel: Channel; path: SettingsPath }) {
  const { t } = useTranslation('fieldMapping');
  const labels = useLabels();
  const issueText = useIssueText();
  const { control } = useFormContext<IntegrationSettings>();
  const { tenantId } = useEditor();
  const [template, timeZone, language] = useWatch({
    control,
    name: [asName(path), 'timeZone', 'language'],
  });
  const type = CHANNEL_SAMPLE[channel];
  const result = renderTemplate(typeof template === 'string' ? template : '', sampleEvent(type), {
    tenantId,
    ...(typeof timeZone === 'string' && timeZone ? { timeZone } : {}),
    ...(language ? { language } : {}),
  });
  return (
    <div id={id} className="template-preview">
      <p className="template-preview__title">
        {t('templateField.previewTitle', { sample: labels.trigger(type) })}
      </p>
      {result.text ? (
        <pre className="template-preview__text">{result.text}</pre>
      ) : (
        <p className="muted">{t('templateField.previewEmpty')}</p>
      )}
      {result.missing.length > 0 ? (
        <p className="template-preview__note">
          {t('templateField.missing', {
            variables: [...new Set(result.missing)].map(labels.source).join(', '),
          })}
        </p>
      ) : null}
      {result.issues.map((issue) => (
        <p key={`${issue.code}-${issue.start}`} className="settings-error">
          {issueText(encodeIssue(`template.${issue.code}`, issue.params), path)}
        </p>
      ))}
    </div>
  );
}
