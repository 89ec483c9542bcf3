import { ErrorBoundary } from 'react-error-boundary';
import { Outlet, useLocation } from 'react-router';
import { PageErrorFallback } from '@/components/errors/page-error-fallback';
import { AppShell } from '@/components/layout/app-shell';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { SessionGate } from '@/features/session/components/session-gate';
import { TenantIndicator } from '@/features/session/components/tenant-indicator';
import { UserMenu } from '@/features/session/components/user-menu';
import { RoleNavigation } from '../role-navigation';

/** Every screen sits behind the session gate, inside the shell, with its own error boundary. */
export function RootRoute() {
  const { pathname } = useLocation();
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
          <ErrorBoundary FallbackComponent={PageErrorFallback} resetKeys={[pathname]}>
            <Outlet />
          </ErrorBoundary>
        </AppShell>
      )}
    </SessionGate>
  );
}
