import type { RouteAccess } from '../route.ts';

/** Agents (and their tenant admins) of the tenant only; another tenant's agent gets 404. */
export const PANEL_ACCESS: RouteAccess = { roles: ['agent', 'tenant_admin'], tenantScoped: true };
