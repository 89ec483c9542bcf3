export const customerDataKeys = {
  all: (tenantId: string) => ['customer-data', tenantId] as const,
  view: (tenantId: string) => ['customer-data', tenantId, 'view'] as const,
  apiKeys: (tenantId: string) => ['customer-data', tenantId, 'api-keys'] as const,
  webhook: (tenantId: string) => ['customer-data', tenantId, 'webhook'] as const,
  search: (tenantId: string, q: string) => ['customer-data', tenantId, 'search', q] as const,
};
