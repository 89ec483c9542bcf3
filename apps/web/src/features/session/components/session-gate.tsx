import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '@cxc/shared/api/session';
import { ErrorState } from '@/components/errors/error-state';
import { FullPageStatus } from '@/components/layout/full-page-status';
import { LoadingState } from '@/components/ui/loading-state';
import { isUnauthenticated } from '@/lib/api-error';
import { useMe } from '../api/get-me';

/**
 * Renders the console only for a signed-in user. A 401 needs nothing here: the query client sends
 * the browser to `/auth/login?returnTo=…`, so this only says so while the navigation happens.
 */
export function SessionGate({ children }: { children: (me: MeResponse) => ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();

  if (me.isPending) {
    return (
      <FullPageStatus title={t('session.title')}>
        <LoadingState label={t('session.checking')} />
      </FullPageStatus>
    );
  }
  if (me.isError) {
    if (isUnauthenticated(me.error)) {
      return (
        <FullPageStatus title={t('session.title')}>
          <LoadingState label={t('session.redirecting')} />
        </FullPageStatus>
      );
    }
    return (
      <FullPageStatus title={t('errors.pageTitle')}>
        <ErrorState
          error={me.error}
          title={t('errors.pageTitle')}
          headingLevel={1}
          onRetry={() => void me.refetch()}
        />
      </FullPageStatus>
    );
  }
  return children(me.data);
}
