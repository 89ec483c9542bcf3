-- One Zoho connection per tenant: its configuration (system or custom client, data center, hosts), the
-- connection state and what we learnt about the org. Tokens live in zoho_tokens.
create table zoho_connections (
  id uuid primary key default gen_random_uuid(),
  tenant_id text not null unique references tenants (id) on delete cascade,
  config_kind text not null check (config_kind in ('system', 'custom')),
  data_center_id text not null,
  -- Custom configuration only; sealed with `zoho-custom-client:<tenant_id>`.
  client_id text,
  client_secret_sealed text,
  accounts_url text not null,
  api_url text not null,
  status text not null default 'not_connected'
    check (status in ('not_connected', 'choose_org', 'connected', 'needs_reconnect')),
  -- Orgs the token can reach, read right after consent (status choose_org).
  available_orgs jsonb not null default '[]',
  org jsonb,
  zoho_user jsonb,
  warnings jsonb not null default '[]',
  connected_at timestamptz,
  connected_by text,
  config_updated_at timestamptz not null default now(),
  config_updated_by text not null,
  constraint zoho_connections_custom_client check ((config_kind = 'custom') = (client_id is not null))
);
