import { useTranslation } from 'react-i18next';
import { useDataCenterName } from '@/lib/data-center-label';

/** Never a secret on screen, even if one slipped into the details: such keys show only "changed". */
const SECRET_KEY = /secret|token|password/i;

/** Detail keys the BFF writes (the callers of recordAudit) that have words; others show as they are. */
const KNOWN = new Set([
  'kind',
  'dataCenterId',
  'clientId',
  'clientSecret',
  'accountsUrl',
  'apiUrl',
  'orgId',
  'orgName',
  'zohoUser',
  'isAdministrator',
  'revokedAtZoho',
  'settingsKept',
  'enabled',
  'version',
  'restoredFrom',
  'changeCount',
  'changed',
  'dc',
  'accountsServer',
  'location',
  'scopes',
  'reason',
]);
/** Keys whose values are codes with words of their own (`kind_system`, `reason_invalid_code`). */
const WORDED_VALUES = new Set(['kind', 'reason']);
const DATA_CENTER_KEYS = new Set(['dataCenterId', 'dc', 'location']);

export function AuditDetails({ details }: { details: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  const { dcName } = useDataCenterName();
  // Keys chosen at run time: only those in KNOWN (or checked with i18n.exists) reach it.
  const word = (key: string) => (t as unknown as (key: string) => string)(`audit.detail.${key}`);
  const display = (key: string, value: unknown): string => {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'boolean') return word(value ? 'yes' : 'no');
    if (Array.isArray(value))
      return value.length ? value.map((item) => display(key, item)).join(', ') : word('none');
    if (typeof value === 'number') return new Intl.NumberFormat(i18n.language).format(value);
    if (typeof value !== 'string') return JSON.stringify(value);
    if (WORDED_VALUES.has(key) && i18n.exists(`audit.detail.${key}_${value}`)) return word(`${key}_${value}`);
    if (DATA_CENTER_KEYS.has(key)) return dataCenter(value);
    return value;
  };
  // `sim-eu` is the simulator's Europe: named so, never as the real one.
  const dataCenter = (id: string) =>
    id.startsWith('sim-') ? t('dataCenters.simulated', { name: dcName(id.slice(4)) }) : dcName(id);

  const entries = Object.entries(details).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return <span className="muted">—</span>;
  return (
    <dl className="audit-details">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{KNOWN.has(key) ? word(key) : key}</dt>
          <dd>{SECRET_KEY.test(key) ? t('audit.secretChanged') : display(key, value)}</dd>
        </div>
      ))}
    </dl>
  );
}
