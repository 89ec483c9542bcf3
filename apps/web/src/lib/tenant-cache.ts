/**
 * Every query about one tenant lives under this key prefix, so a change to the tenant's Zoho connection
 * can refresh all of them at once (the nav badge, the integration cards, the audit log) without one
 * feature knowing another's query keys.
 */
export function tenantQueryKey(tenantId: string) {
  return ['tenants', tenantId] as const;
}
