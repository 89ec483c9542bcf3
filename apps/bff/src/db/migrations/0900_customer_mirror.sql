-- Issue 13, customer data: a per-tenant mirror of the connected Zoho org (Leads, Contacts, Accounts,
-- Users) and an identity index over it, so the screen pop, the agent search and identification can be
-- answered without asking Zoho. Everything here is a copy of Zoho data: deleted with the tenant, and
-- purged when the tenant disconnects or connects another org (services/customer-data/store/purge.ts).

-- The admin's choice per tenant. No row = the default (mode 'auto', Leads + Contacts + Accounts, 5 min).
create table mirror_settings (
  tenant_id text primary key references tenants (id) on delete cascade,
  mode text not null check (mode in ('live', 'cache', 'auto')),
  modules text[] not null,
  interval_seconds int not null check (interval_seconds >= 60),
  updated_at timestamptz not null default now(),
  updated_by text not null
);

-- One row per Zoho record: what identification and the customer list read, and the full values as
-- Zoho sent them (the screen pop shows them). `org_id` keeps two orgs' ids apart while a purge runs.
create table mirror_records (
  tenant_id text not null references tenants (id) on delete cascade,
  module text not null,
  zoho_id text not null,
  org_id text not null,
  full_name text,
  company text,
  emails text[] not null default '{}',
  phones text[] not null default '{}',
  owner_id text,
  owner_name text,
  country text,
  modified_at timestamptz,
  values jsonb not null,
  -- When this row last changed here: the platform's customer list pages by it (cursor).
  changed_seq bigint not null,
  deleted boolean not null default false,
  primary key (tenant_id, module, zoho_id)
);
create sequence mirror_change_seq;
create index mirror_records_changed on mirror_records (tenant_id, changed_seq);

-- The identity index: E.164 phones (read in the record's country, then the tenant's, then the org's),
-- case-folded e-mails, and name keys (last name of a person, name of an account). One lookup answers
-- "who has this number or address" in every module at once.
create table mirror_identities (
  tenant_id text not null,
  kind text not null check (kind in ('phone', 'email', 'name')),
  key text not null,
  module text not null,
  zoho_id text not null,
  field text not null,
  primary key (tenant_id, kind, key, module, zoho_id, field),
  foreign key (tenant_id, module, zoho_id) references mirror_records (tenant_id, module, zoho_id)
    on delete cascade
);
create index mirror_identities_record on mirror_identities (tenant_id, module, zoho_id);

-- Sync state per tenant and module: the import's cursor (resumable after a crash), its progress, the
-- change cursor the polling continues from, and what went wrong, in words for the admin.
create table mirror_sync_state (
  tenant_id text not null references tenants (id) on delete cascade,
  module text not null,
  org_id text not null,
  phase text not null default 'importing' check (phase in ('importing', 'ready')),
  -- {since, page}: the Modified_Time window and page the import continues from.
  import_cursor jsonb,
  imported int not null default 0,
  total_estimate int,
  import_started_at timestamptz not null default now(),
  import_finished_at timestamptz,
  -- Latest Modified_Time applied from Zoho: the next poll asks for records modified since then.
  changes_since timestamptz,
  deleted_since timestamptz,
  last_change_at timestamptz,
  last_sync_at timestamptz,
  next_sync_at timestamptz not null default now(),
  paused_reason text,
  error text,
  error_at timestamptz,
  primary key (tenant_id, module)
);
create index mirror_sync_due on mirror_sync_state (next_sync_at);

-- The Notification API channel of a tenant (when Zoho can reach PUBLIC_URL). The token is stored as
-- a hash: a callback is accepted only when its token hashes to this.
create table mirror_watch_channels (
  tenant_id text primary key references tenants (id) on delete cascade,
  channel_id text not null unique,
  token_hash text not null,
  events text[] not null,
  expires_at timestamptz not null,
  renewed_at timestamptz not null default now()
);

-- API keys the platform uses to read the customer list. Only a hash is kept; the key is shown once.
create table customer_api_keys (
  id uuid primary key default gen_random_uuid(),
  tenant_id text not null references tenants (id) on delete cascade,
  name text not null,
  key_hash text not null unique,
  key_prefix text not null,
  created_at timestamptz not null default now(),
  created_by text not null,
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index customer_api_keys_tenant on customer_api_keys (tenant_id, created_at desc);
