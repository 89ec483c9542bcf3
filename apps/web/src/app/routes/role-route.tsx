import type { ReactNode } from 'react';
import type { Role } from '@cxc/shared/domain/roles';
import { useSessionUser } from '@/features/session/api/get-me';
import { NotAvailableRoute } from './not-available';

/** Client-side courtesy only: the BFF refuses the same role mismatch on every API call. */
export function RoleRoute({ allow, children }: { allow: Role; children: ReactNode }) {
  const user = useSessionUser();
  return user.role === allow ? children : <NotAvailableRoute />;
}
