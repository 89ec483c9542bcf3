import type { listTenants } from '@cxc/shared/api/tenants';
import type { z } from 'zod';
import type { Queryable } from '../../db/queryable.ts';

type TenantList = z.infer<typeof listTenants.response>['tenants'];

export async function listAllTenants(db: Queryable): Promise<TenantList> {
  const { rows } = await db.query<{ id: string; name: string; created_at: Date }>(
    'select id, name, created_at from tenants order by name, id',
  );
  return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at.toISOString() }));
}
