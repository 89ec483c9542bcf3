-- The token vault: one token set per tenant. Tokens and the client secret that minted them are sealed
-- with the secret box (AES-256-GCM), each bound to its tenant and purpose, so a value copied to another
-- row or column does not open. key_id names the key that sealed them, so rotation can re-seal old rows.
create table zoho_tokens (
  tenant_id text primary key references tenants (id) on delete cascade,
  key_id text not null,
  refresh_token_sealed text not null,
  access_token_sealed text not null,
  access_token_expires_at timestamptz not null,
  -- The credentials and DC that issued the refresh token: refresh and revoke must go back there.
  client_id text not null,
  client_secret_sealed text not null,
  accounts_url text not null,
  api_domain text not null,
  location text,
  scopes text[] not null default '{}',
  created_at timestamptz not null default now(),
  last_refresh_at timestamptz,
  last_error_code text,
  last_error_message text,
  last_error_at timestamptz
);

-- Zoho allows about 10 access-token mints per refresh token per 10 minutes; every attempt is counted here.
create table zoho_token_refreshes (
  id bigserial primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  at timestamptz not null default now()
);

create index zoho_token_refreshes_tenant_idx on zoho_token_refreshes (tenant_id, at);
