-- Issue 13: the per-tenant rate limit of the platform's customer list (GET /api/platform/v1/customers),
-- a token bucket shared by every BFF process, like event_rate_limits (0510) but a budget of its own: a
-- platform re-reading its customer list must never use up the budget of the events it sends.
create table customer_api_rate_limits (
  tenant_id text primary key references tenants (id) on delete cascade,
  tokens double precision not null,
  refilled_at timestamptz not null,
  allowed boolean not null
);
