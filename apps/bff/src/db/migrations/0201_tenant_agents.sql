-- The platform's agents of each tenant, as seen at sign-in. Sessions are deleted at sign-out and
-- expiry, so they cannot answer "which agents does this tenant have" (owner preflight, agent links).
-- A trigger on sessions records every agent sign-in without the sign-in code knowing about settings.
create table tenant_agents (
  tenant_id text not null references tenants (id) on delete cascade,
  -- Lower-cased: agent e-mails are matched case-insensitively against Zoho users and user links.
  email text not null check (email = lower(email)),
  name text not null,
  subject text not null,
  first_seen_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  primary key (tenant_id, email)
);

create function record_tenant_agent() returns trigger language plpgsql as $$
begin
  if new.role = 'agent' and new.tenant_id is not null then
    insert into tenant_agents (tenant_id, email, name, subject)
    values (new.tenant_id, lower(new.email), new.name, new.subject)
    on conflict (tenant_id, email) do update
      set name = excluded.name, subject = excluded.subject, last_seen_at = now();
  end if;
  return new;
end
$$;

create trigger sessions_record_tenant_agent
  after insert on sessions
  for each row execute function record_tenant_agent();

-- Agents signed in before this migration.
insert into tenant_agents (tenant_id, email, name, subject, first_seen_at, last_seen_at)
select distinct on (tenant_id, lower(email)) tenant_id, lower(email), name, subject, created_at, created_at
  from sessions
 where role = 'agent' and tenant_id is not null
 order by tenant_id, lower(email), created_at desc;
