-- Our own log of agent-panel actions (the interaction history): who did what for which conversation
-- and visitor, and Zoho's answer. Phone is stored as E.164 so any spelling finds it.
create table agent_panel_actions (
  id bigserial primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  conversation_id text,
  channel text not null,
  agent_email text not null check (agent_email = lower(agent_email)),
  action text not null,
  module text not null,
  outcome text not null check (outcome in ('success', 'failed')),
  record_id text,
  record_name text,
  visitor_phone text,
  visitor_email text check (visitor_email = lower(visitor_email)),
  error_code text,
  created_at timestamptz not null default now()
);

create index agent_panel_actions_conversation_idx on agent_panel_actions (tenant_id, conversation_id);
create index agent_panel_actions_phone_idx on agent_panel_actions (tenant_id, visitor_phone);
create index agent_panel_actions_agent_idx on agent_panel_actions (tenant_id, agent_email);
