-- One row per agent-panel action request (the browser's request id): a retried or double-clicked action
-- finds the first one's answer here instead of writing the record at Zoho again. `record` is set once Zoho
-- wrote it; `uncertain` when Zoho was unreachable mid-write and the record may exist there.
create table agent_action_requests (
  tenant_id text not null references tenants (id) on delete cascade,
  request_id uuid not null,
  agent_email text not null check (agent_email = lower(agent_email)),
  action text not null,
  record jsonb,
  uncertain boolean not null default false,
  started_at timestamptz not null default now(),
  primary key (tenant_id, request_id)
);

create index agent_action_requests_age_idx on agent_action_requests (started_at);
