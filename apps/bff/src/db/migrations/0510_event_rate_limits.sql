-- Issue 6: the per-tenant rate limit of POST /api/events, a token bucket shared by every BFF process.
-- One row per tenant, updated by one upsert per authenticated request (the row lock serialises them);
-- `tokens` is what was left at `refilled_at`, refilled lazily from the elapsed time.
create table event_rate_limits (
  tenant_id text primary key references tenants (id) on delete cascade,
  tokens double precision not null,
  refilled_at timestamptz not null,
  -- Whether the last request took a token: lets one statement both decide and answer.
  allowed boolean not null
);
