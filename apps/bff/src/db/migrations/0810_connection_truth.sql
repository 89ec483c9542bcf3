-- Issue 15, the connection card tells the live connection from the saved configuration. The token row is
-- the live connection: which kind of client issued it and in which data center (null on rows stored
-- before this was recorded). A Self Client leaves a custom configuration that cannot start a browser
-- sign-in, so the saved configuration remembers where it came from.
alter table zoho_tokens add column client_kind text check (client_kind in ('system', 'custom', 'self_client'));
alter table zoho_tokens add column data_center_id text;
alter table zoho_connections add column self_client boolean not null default false;

-- Every finished connection attempt of a tenant (consent callback or Self Client code), so the card can
-- explain each failure as what it was and the system admin sees whether a system client ever worked.
-- The client id is kept (it is not a secret) so a replaced system client does not inherit old results.
create table zoho_connect_attempts (
  id bigserial primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  at timestamptz not null default now(),
  client_kind text not null check (client_kind in ('system', 'custom', 'self_client')),
  data_center_id text not null,
  client_id text not null,
  outcome text not null check (outcome in ('connected', 'failed')),
  error_code text,
  -- The explanation's parameters (data centers, the redirect URL, Zoho's error string): never a secret.
  error_params jsonb not null default '{}'
);
create index zoho_connect_attempts_tenant on zoho_connect_attempts (tenant_id, at desc);
create index zoho_connect_attempts_system on zoho_connect_attempts (data_center_id, client_id, at desc)
  where client_kind = 'system';
