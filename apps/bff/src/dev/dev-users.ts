import type { Tenant } from '@cxc/shared/api/session';
import type { Role } from '@cxc/shared/domain/roles';

/** Every seeded user signs in with this password. The dev IdP never runs when an external IdP is configured. */
export const DEV_PASSWORD = 'demo1234';

export interface DevUser {
  /** The OIDC subject. */
  id: string;
  email: string;
  name: string;
  role: Role;
  tenant: Tenant | null;
}

const acme: Tenant = { id: 'acme', name: 'Acme Corp' };
const globex: Tenant = { id: 'globex', name: 'Globex GmbH' };

export const DEV_USERS: readonly DevUser[] = [
  { id: 'sysadmin', email: 'sysadmin@cx.example', name: 'Sam Operator', role: 'system_admin', tenant: null },
  { id: 'acme-admin', email: 'admin@acme.example', name: 'Ada Admin', role: 'tenant_admin', tenant: acme },
  {
    id: 'globex-admin',
    email: 'admin@globex.example',
    name: 'Gus Admin',
    role: 'tenant_admin',
    tenant: globex,
  },
  { id: 'acme-alice', email: 'alice@acme.example', name: 'Alice Agent', role: 'agent', tenant: acme },
  { id: 'acme-bob', email: 'bob@acme.example', name: 'Bob Agent', role: 'agent', tenant: acme },
  { id: 'globex-carol', email: 'carol@globex.example', name: 'Carol Agent', role: 'agent', tenant: globex },
];

export function findDevUserByEmail(email: string): DevUser | undefined {
  const wanted = email.trim().toLowerCase();
  return DEV_USERS.find((user) => user.email === wanted);
}
