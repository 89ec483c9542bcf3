-- Issue 13: the optional "customers changed" webhook to the platform. One per tenant; the secret signs each
-- delivery like the connection-issue webhook (0700) and is shown once when generated or rotated.
create table customer_webhooks (
  tenant_id text primary key references tenants (id) on delete cascade,
  url text not null,
  enabled boolean not null default true,
  -- Sealed with the SecretBox, context `customer-webhook:<tenant_id>`.
  secret_sealed text not null,
  created_at timestamptz not null default now(),
  created_by text not null,
  secret_rotated_at timestamptz not null default now(),
  -- The last finished attempt, for the console: 'delivered', 'retrying' (failed, tried again later) or
  -- 'given_up' (failed for the last time); the problem as data ({kind, status|code}), never the body.
  last_status text check (last_status in ('delivered', 'retrying', 'given_up')),
  last_at timestamptz,
  last_problem jsonb
);

-- The outbox: at most one pending delivery per tenant (the primary key), so a sync of 5,000 pages or a
-- burst of push callbacks is one announcement, not 5,000. A writer of the mirror joins its changes to the
-- row in its own transaction (under the mirror's change lock); the row is deleted once delivered or
-- given up. `version` grows with every join, so a sender that announced an older version only takes what
-- it sent off the row and leaves the rest pending.
create table customer_webhook_deliveries (
  tenant_id text primary key references tenants (id) on delete cascade,
  -- The X-CXC-Delivery id: the same on every retry of one announcement.
  delivery_id uuid not null default gen_random_uuid(),
  -- The mirror_records.changed_seq range announced (changed_seq values are global, so gaps are normal).
  from_seq bigint not null,
  to_seq bigint not null,
  changed int not null default 0,
  deleted int not null default 0,
  version int not null default 1,
  attempts int not null default 0,
  next_attempt_at timestamptz not null default now(),
  created_at timestamptz not null default now()
);
create index customer_webhook_deliveries_due on customer_webhook_deliveries (next_attempt_at);
