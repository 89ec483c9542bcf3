-- Issue 14: several people matched one conversation and the module's policy is "ask" (or the older
-- "flag for review"). The event is held (skipped, needs_review) with one review row; an admin or agent
-- picks a person or "create new", the choice is stored here and the event is planned again with it.
create table match_reviews (
  id uuid primary key default gen_random_uuid(),
  tenant_id text not null references tenants (id) on delete cascade,
  event_id uuid not null unique references events (id) on delete cascade,
  conversation_id text not null,
  channel text not null,
  module text not null,
  -- What the queue shows of each person (name, e-mail, phone, owner, company), captured at planning
  -- time so listing the queue costs no Zoho call.
  candidates jsonb not null,
  status text not null default 'open' check (status in ('open', 'resolved')),
  -- {"recordId": "...", "module": "Contacts"} or {"create": true}
  choice jsonb,
  resolved_by text,
  resolved_at timestamptz,
  created_at timestamptz not null default now()
);
create index match_reviews_open on match_reviews (tenant_id, created_at) where status = 'open';
