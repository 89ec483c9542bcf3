import type { SimUser } from '../../core/types.ts';
import { ZohoError } from '../http/errors.ts';

type Member = SimUser['orgs'][number];

const FILTERS: Record<string, (m: Member) => boolean> = {
  AllUsers: () => true,
  ActiveUsers: (m) => m.status === 'active',
  DeactiveUsers: (m) => m.status !== 'active',
  ConfirmedUsers: () => true,
  NotConfirmedUsers: () => false,
  DeletedUsers: () => false,
  ActiveConfirmedUsers: (m) => m.status === 'active',
  AdminUsers: (m) => m.profile === 'Administrator',
  ActiveConfirmedAdmins: (m) => m.profile === 'Administrator' && m.status === 'active',
};

/** Users of the org matching Zoho's `type` parameter (every simulated user counts as confirmed). */
export function filterUsers(users: SimUser[], orgId: string, type: string, current: SimUser): SimUser[] {
  if (type === 'CurrentUser') return users.filter((u) => u.id === current.id);
  const filter = FILTERS[type];
  if (!filter) throw new ZohoError('INVALID_DATA', { param_name: 'type' }, 'invalid data');
  return users.filter((u) => u.orgs.some((m) => m.orgId === orgId && filter(m)));
}
