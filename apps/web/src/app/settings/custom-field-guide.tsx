import { useTranslation } from 'react-i18next';
import { useLabels } from '@/lib/settings/use-labels';

/**
 * Zoho's API cannot create fields: the admin creates this one by hand. Names, type and menu path are
 * shown exactly as Zoho's own screens name them, so they can be typed in as they are.
 */
export function CustomFieldGuide({ guide }: { guide: Record<string, unknown> }) {
  const { t } = useTranslation('settings');
  const labels = useLabels();
  const text = (key: string) =>
    typeof guide[key] === 'string' || typeof guide[key] === 'number' ? String(guide[key]) : undefined;
  const zohoPath = Array.isArray(guide.zohoPath) ? guide.zohoPath.map(String) : [];
  const module = text('module');
  return (
    <div className="field-guide">
      <p className="field-guide__title">
        {t('fieldGuide.title', { module: module ? labels.module(module) : '' })}
      </p>
      <dl className="field-guide__facts">
        {zohoPath.length ? (
          <>
            <dt>{t('fieldGuide.where')}</dt>
            <dd>{zohoPath.join(' › ')}</dd>
          </>
        ) : null}
        <dt>{t('fieldGuide.fieldLabel')}</dt>
        <dd>
          <code>{text('fieldLabel') ?? text('apiName')}</code>
        </dd>
        <dt>{t('fieldGuide.apiName')}</dt>
        <dd>
          <code>{text('apiName')}</code>
        </dd>
        <dt>{t('fieldGuide.type')}</dt>
        <dd>
          {text('uiType')}{' '}
          <span className="muted">
            ({text('dataType')}
            {text('length') ? `, ${t('fieldGuide.length', { length: text('length') ?? '' })}` : ''})
          </span>
        </dd>
      </dl>
    </div>
  );
}
