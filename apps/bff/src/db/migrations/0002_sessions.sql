-- Browser sessions. The cookie holds a random id; only its SHA-256 is stored, so a database leak yields
-- no usable session. IdP tokens are sealed with the secret box (AES-256-GCM, bound to id_hash).
create table sessions (
  id_hash text primary key,
  subject text not null,
  email text not null,
  name text not null,
  role text not null check (role in ('system_admin', 'tenant_admin', 'agent')),
  tenant_id text references tenants (id) on delete cascade,
  csrf_token text not null,
  tokens_sealed text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  -- The system administrator belongs to no tenant; everyone else belongs to exactly one.
  constraint sessions_role_tenant check ((role = 'system_admin') = (tenant_id is null))
);

create index sessions_expires_at_idx on sessions (expires_at);
