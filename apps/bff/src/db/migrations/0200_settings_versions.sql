-- Integration settings are versioned: every save appends a row, nothing is ever updated or deleted, so
-- history and restore (a new row copying an old document) need no other table. The primary key is the
-- unique (tenant_id, number) that makes a duplicate version number impossible even if the save lock
-- were bypassed.
create table settings_versions (
  tenant_id text not null references tenants (id) on delete cascade,
  number integer not null check (number > 0),
  document jsonb not null,
  -- Who saved it as they were at the time ({sub, email, name}): sessions come and go, history stays.
  saved_by jsonb not null check (saved_by ? 'email' and saved_by ? 'name'),
  saved_at timestamptz not null default now(),
  restored_from integer,
  primary key (tenant_id, number),
  foreign key (tenant_id, restored_from) references settings_versions (tenant_id, number),
  check (restored_from < number)
);
