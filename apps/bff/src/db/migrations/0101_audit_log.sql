-- Who did what, when. `details` never holds a secret: a changed secret is recorded as "changed".
-- tenant_id null = a platform-level entry (system configuration), visible to no tenant.
create table audit_log (
  id bigserial primary key,
  tenant_id text references tenants (id) on delete cascade,
  at timestamptz not null default now(),
  actor_email text not null,
  actor_name text not null,
  actor_role text not null,
  action text not null,
  details jsonb not null default '{}'
);

create index audit_log_tenant_idx on audit_log (tenant_id, id desc);
