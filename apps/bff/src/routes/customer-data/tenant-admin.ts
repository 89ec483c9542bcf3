/** Customer data is the tenant admin's: agents see its answers through the panel, never its settings. */
export const TENANT_ADMIN = { roles: ['tenant_admin'], tenantScoped: true } as const;
