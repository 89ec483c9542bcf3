import type { Queryable } from '../../db/queryable.ts';

export interface TenantAgent {
  email: string;
  name: string;
}

/** The platform's agents of a tenant, as recorded at their sign-ins (migration 0201); e-mails lower-cased. */
export async function listTenantAgents(db: Queryable, tenantId: string): Promise<TenantAgent[]> {
  const { rows } = await db.query<TenantAgent>(
    'select email, name from tenant_agents where tenant_id = $1 order by email',
    [tenantId],
  );
  return rows;
}
