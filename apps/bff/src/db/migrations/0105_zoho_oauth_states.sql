-- A started authorization: keyed by the SHA-256 of `state`, bound to the admin's session and tenant, with
-- the PKCE verifier and a snapshot of the configuration (client secret re-sealed for this row). Single
-- use: the callback deletes it. Rows expire after ten minutes.
create table zoho_oauth_states (
  state_hash text primary key,
  session_id_hash text not null references sessions (id_hash) on delete cascade,
  tenant_id text not null references tenants (id) on delete cascade,
  sealed text not null,
  mode text not null check (mode in ('popup', 'redirect')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create index zoho_oauth_states_expires_idx on zoho_oauth_states (expires_at);

-- Credits our client spent, per tenant and minute; the connection card sums the last 24 hours.
create table zoho_credit_usage (
  tenant_id text not null references tenants (id) on delete cascade,
  bucket timestamptz not null,
  credits integer not null,
  primary key (tenant_id, bucket)
);
