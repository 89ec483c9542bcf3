-- Issue 16, connection health for the tenant admin: problems the connector notices by itself (a connection
-- to reconnect, the credit budget used up, events failing again and again for one reason), open while the
-- condition holds and closed by the periodic check once it no longer does. Kept after closing: history.
create table connection_issues (
  id uuid primary key default gen_random_uuid(),
  tenant_id text not null references tenants (id) on delete cascade,
  kind text not null check (kind in ('needs_reconnect', 'credit_budget_reached', 'repeated_failures')),
  -- The error code for repeated_failures (one issue per code); '' for the other kinds.
  code text not null default '',
  -- What the check saw last (counts, budget figures): shown to the admin, sent in the webhook.
  details jsonb not null default '{}',
  opened_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  closed_at timestamptz
);
-- At most one open issue per tenant, kind and code: the check upserts into it.
create unique index connection_issues_open on connection_issues (tenant_id, kind, code) where closed_at is null;
create index connection_issues_tenant on connection_issues (tenant_id, opened_at desc);

-- The repeated-failures check reads the last 15 minutes of failing events every run: indexed, so it never
-- scans the whole (mostly done) table.
create index events_recent_failures on events (updated_at) where status in ('failed', 'retrying');

-- Where the tenant wants to hear about issues: one webhook per tenant. The secret signs each delivery
-- like the platform signs its events (v1=HMAC-SHA256), shown once when set.
create table issue_webhooks (
  tenant_id text primary key references tenants (id) on delete cascade,
  url text not null,
  -- Sealed with the SecretBox, context `issue-webhook:<tenant_id>`.
  secret_sealed text not null,
  created_at timestamptz not null default now(),
  created_by text not null
);

-- The outbox of webhook deliveries: written in the check's transaction, sent and retried with backoff by
-- whichever process runs the delivery job (rows are claimed with a lease, so two never send one row).
create table issue_webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  tenant_id text not null references tenants (id) on delete cascade,
  issue_id uuid not null references connection_issues (id) on delete cascade,
  event text not null check (event in ('issue.opened', 'issue.resolved')),
  -- The exact bytes that are signed and sent, fixed when the issue changed.
  body text not null,
  status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  attempts int not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  created_at timestamptz not null default now(),
  delivered_at timestamptz
);
create index issue_webhook_deliveries_due on issue_webhook_deliveries (next_attempt_at) where status = 'pending';
create index issue_webhook_deliveries_tenant on issue_webhook_deliveries (tenant_id, created_at desc);
