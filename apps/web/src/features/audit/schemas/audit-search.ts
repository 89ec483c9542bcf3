import { z } from 'zod';

/** `?page=` of the audit log. Typed or stale URLs (`page=abc`, `page=-3`) fall back to the first page. */
const auditSearchSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export function parseAuditPage(search: URLSearchParams): number {
  return auditSearchSchema.parse({ page: search.get('page') ?? undefined }).page;
}
