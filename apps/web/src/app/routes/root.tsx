import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Outlet, useLocation } from '@/lib/router';
import { PageErrorFallback } from '@/components/errors/page-error-fallback';
import { AppShell } from '@/components/layout/app-shell';
import { BareLayout } from '@/components/layout/bare-layout';
import { isFramed } from '@/components/layout/is-framed';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { paths } from '@/config/paths';
import { SessionGate } from '@/features/session/components/session-gate';
import { TenantIndicator } from '@/features/session/components/tenant-indicator';
import { UserMenu } from '@/features/session/components/user-menu';
import { RoleNavigation } from '@/app/role-navigation';
import { RouteLoading } from './route-loading';

/**
 * Every screen sits behind the session gate, inside the shell, with its own error boundary (which also
 * catches a screen chunk that failed to load). The agent panel framed in a contact-center console's side
 * panel gets no shell: the console has its own chrome.
 */
export function RootRoute() {
  const { pathname } = useLocation();
  const page = (
    <ErrorBoundary FallbackComponent={PageErrorFallback} resetKeys={[pathname]}>
      <Suspense fallback={<RouteLoading />}>
        <Outlet />
      </Suspense>
    </ErrorBoundary>
  );
  if (pathname === paths.agentConversation.path && isFramed())
    return <SessionGate>{() => <BareLayout>{page}</BareLayout>}</SessionGate>;
  return (
    <SessionGate>
      {(me) => (
        <AppShell
          context={<TenantIndicator tenant={me.user.tenant} />}
          actions={
            <>
              <LanguageSwitcher />
              <UserMenu me={me} />
            </>
          }
          navigation={<RoleNavigation role={me.user.role} tenantId={me.user.tenant?.id} />}
        >
          {page}
        </AppShell>
      )}
    </SessionGate>
  );
}
