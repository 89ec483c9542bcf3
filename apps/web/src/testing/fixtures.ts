import { apiErrorSchema, ERROR_STATUS, type ErrorCode } from '@cxc/shared/api/errors';
import { meResponseSchema, type MeResponse } from '@cxc/shared/api/session';
import { listIntegrations, listTenants } from '@cxc/shared/api/tenants';
import type { Role } from '@cxc/shared/domain/roles';
import type { z } from 'zod';

/** Bodies are parsed by the shared schemas, so a fixture that drifts from the contract fails loudly. */
const USERS: Record<Role, MeResponse['user']> = {
  system_admin: {
    sub: 'u-sys',
    email: 'sam@platform.example',
    name: 'Sam Platform',
    role: 'system_admin',
    tenant: null,
  },
  tenant_admin: {
    sub: 'u-ta',
    email: 'tara@acme.example',
    name: 'Tara Admin',
    role: 'tenant_admin',
    tenant: { id: 'acme', name: 'Acme Corp' },
  },
  agent: {
    sub: 'u-ag',
    email: 'alex@acme.example',
    name: 'Alex Agent',
    role: 'agent',
    tenant: { id: 'acme', name: 'Acme Corp' },
  },
};

export function meBody(role: Role): MeResponse {
  return meResponseSchema.parse({ user: USERS[role], csrfToken: `csrf-${role}` });
}

export function integrationsBody(
  status: 'not_connected' | 'connected' | 'needs_reconnect' = 'not_connected',
): z.output<typeof listIntegrations.response> {
  return listIntegrations.response.parse({ integrations: [{ id: 'zoho-crm', name: 'Zoho CRM', status }] });
}

export function tenantsBody(): z.output<typeof listTenants.response> {
  return listTenants.response.parse({
    tenants: [
      { id: 'acme', name: 'Acme Corp', createdAt: '2026-01-15T09:30:00.000Z' },
      { id: 'globex', name: 'Globex', createdAt: '2026-03-02T14:00:00.000Z' },
    ],
  });
}

export function errorBody(code: ErrorCode, correlationId?: string) {
  return {
    status: ERROR_STATUS[code],
    body: apiErrorSchema.parse({ error: { code, message: `${code} from the test server`, correlationId } }),
  };
}
