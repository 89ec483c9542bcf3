-- Issue 6, the automation engine. Signing secrets for event intake: one current secret per tenant
-- (expires_at null) plus rotated-out ones that stay valid until expires_at (the overlap period).
create table event_signing_secrets (
  id uuid primary key default gen_random_uuid(),
  tenant_id text not null references tenants (id) on delete cascade,
  -- Sealed with the SecretBox, context `event-signing-secret:<tenant_id>`.
  secret_sealed text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz
);
create unique index event_signing_secrets_current on event_signing_secrets (tenant_id) where expires_at is null;

-- Every accepted event, stored before the 202. `seq` orders the events of one conversation.
create table events (
  id uuid primary key default gen_random_uuid(),
  seq bigserial not null,
  tenant_id text not null references tenants (id) on delete cascade,
  event_id text not null,
  type text not null,
  channel text not null,
  conversation_id text not null,
  visitor_name text,
  visitor_email text,
  visitor_phone text,
  occurred_at timestamptz not null,
  received_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  payload jsonb not null,
  status text not null default 'queued'
    check (status in ('queued', 'processing', 'done', 'retrying', 'failed', 'skipped', 'waiting_reconnect')),
  skip_reason text,
  rule jsonb,
  evaluations jsonb not null default '[]',
  -- The plan, computed once: a retry finishes the same operations instead of planning again.
  plan jsonb,
  error jsonb,
  attempts int not null default 0,
  next_attempt_at timestamptz,
  -- When the event was done (for the bench's event → record latency).
  finished_at timestamptz,
  unique (tenant_id, event_id)
);
create index events_conversation on events (tenant_id, conversation_id, seq);
create index events_list on events (tenant_id, received_at desc);
create index events_pending on events (status, next_attempt_at)
  where status in ('queued', 'retrying', 'waiting_reconnect', 'processing');

-- The outbox: one row per (event, plan step). `writing` is set and committed before a create is sent,
-- so a crash leaves evidence that Zoho may already have the record; the retry looks for it by marker.
create table event_operations (
  event_id uuid not null references events (id) on delete cascade,
  step int not null,
  module text not null,
  kind text not null check (kind in ('create', 'update', 'skip')),
  status text not null default 'pending' check (status in ('pending', 'writing', 'done', 'skipped', 'failed')),
  operation jsonb not null,
  record_id text,
  marker text,
  error jsonb,
  updated_at timestamptz not null default now(),
  primary key (event_id, step)
);

-- Records a conversation wrote, so its later events update them instead of creating new ones.
create table conversation_links (
  tenant_id text not null references tenants (id) on delete cascade,
  conversation_id text not null,
  module text not null,
  role text not null check (role in ('person', 'account', 'activity', 'deal')),
  record_id text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, conversation_id, module, role)
);
