import { useTranslation } from 'react-i18next';

/** Never a secret on screen, even if one slipped into the details: such keys show only "changed". */
const SECRET_KEY = /secret|token|password/i;

function display(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '—';
  return JSON.stringify(value);
}

export function AuditDetails({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation();
  const entries = Object.entries(details);
  if (entries.length === 0) return <span className="muted">—</span>;
  return (
    <dl className="audit-details">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{SECRET_KEY.test(key) ? t('audit.secretChanged') : display(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
