-- Tenants are not administered here: they are upserted from the IdP's tenant claims at sign-in.
create table tenants (
  id text primary key,
  name text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
