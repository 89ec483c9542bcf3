import type { Tenant } from '@cxc/shared/api/session';
import type { Queryable } from '../../db/queryable.ts';

/** The IdP is the source of truth for tenants: a sign-in creates the tenant or refreshes its name. */
export async function upsertTenant(db: Queryable, tenant: Tenant): Promise<void> {
  await db.query(
    `insert into tenants (id, name) values ($1, $2)
     on conflict (id) do update set name = excluded.name, updated_at = now()
     where tenants.name is distinct from excluded.name`,
    [tenant.id, tenant.name],
  );
}
