-- The connected org's field metadata and users, kept for a minute so the settings editor, preflight,
-- agent links and the dry run do not spend nine Zoho credits on every request. In PostgreSQL rather
-- than in memory so every BFF process shares it. Only complete reads are stored: a module that failed
-- is read again next time. `connection_key` ties the entry to the connection it was read through.
create table zoho_metadata_cache (
  tenant_id text primary key references tenants (id) on delete cascade,
  connection_key text not null,
  fetched_at timestamptz not null,
  metadata jsonb not null
);
