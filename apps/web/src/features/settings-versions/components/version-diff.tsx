import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/errors/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useSettingsVersion } from '../api/get-settings-version';
import { useEditor } from '@/lib/settings/editor-context';
import { useDescribePath } from '@/lib/settings/use-describe-path';
import { useDiffValue } from './use-diff-value';

/** What a version changed against the one before: each setting in words, before → after. */
export function VersionDiff({ id, number }: { id: string; number: number }) {
  const { t } = useTranslation(['settingsVersions', 'settings']);
  const { tenantId } = useEditor();
  const query = useSettingsVersion(tenantId, number);
  const describe = useDescribePath();
  const value = useDiffValue();
  if (query.isPending) return <LoadingState label={t('settings:diff.loading')} />;
  if (query.isError)
    return (
      <ErrorState
        error={query.error}
        title={t('settings:diff.failed')}
        headingLevel={3}
        onRetry={() => void query.refetch()}
      />
    );
  const { changes } = query.data;
  return (
    <div id={id} className="version-diff">
      {changes.length === 0 ? (
        <p>{t(number === 1 ? 'settings:diff.first' : 'settings:diff.none')}</p>
      ) : (
        <ul className="version-diff__list" aria-label={t('settings:diff.label', { number })}>
          {changes.map((change) => (
            <li key={`${change.kind}-${change.path.join('.')}`} className={`change change--${change.kind}`}>
              <span className="change__kind">{t(`settings:diff.${change.kind}`)}</span>{' '}
              <span className="change__path">{describe(change.path)}</span>
              {': '}
              {change.kind === 'added' ? (
                <span className="change__after">{value(change.path, change.after)}</span>
              ) : change.kind === 'removed' ? (
                <del className="change__before">{value(change.path, change.before)}</del>
              ) : (
                <>
                  <del className="change__before">{value(change.path, change.before)}</del>
                  <span aria-hidden="true"> → </span>
                  <span className="sr-only"> {t('settings:diff.to')} </span>
                  <ins className="change__after">{value(change.path, change.after)}</ins>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
