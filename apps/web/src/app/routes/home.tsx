import { Navigate } from '@/lib/router';
import { useSessionUser } from '@/features/session/api/get-me';
import { roleHome } from '@/app/role-navigation';

/** `/` has no screen of its own: each role starts on its first section. */
export function HomeRoute() {
  const user = useSessionUser();
  return <Navigate to={roleHome(user.role)} replace />;
}
