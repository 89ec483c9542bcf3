-- The platform's own Zoho API client per data center (system configuration). The secret is sealed with
-- the secret box, bound to `zoho-system-client:<data_center_id>`, and never returned by the API.
create table zoho_system_clients (
  data_center_id text primary key,
  client_id text not null,
  client_secret_sealed text not null,
  enabled boolean not null,
  updated_at timestamptz not null default now(),
  updated_by text not null
);
