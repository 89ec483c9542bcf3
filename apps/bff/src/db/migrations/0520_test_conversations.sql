-- Issue 11: a console test conversation is marked on its event, so the engine never identifies it
-- against Zoho (it only creates, and marks what it creates) and the activity log can say so.
alter table events add column test boolean not null default false;

-- "Send test conversation" is idempotent per click: the browser sends one request id, and a repeat
-- within the window answers with the first result. The primary key (not memory) makes every BFF
-- instance agree; a concurrent repeat waits on the first one's uncommitted row.
create table test_conversation_requests (
  tenant_id text not null references tenants (id) on delete cascade,
  request_id uuid not null,
  type text not null,
  event_id text not null,
  conversation_id text not null,
  channel text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, request_id)
);

-- Each run's fictional phone number (555-01xx) comes from here, so runs never share one.
create sequence test_visitor_seq;
