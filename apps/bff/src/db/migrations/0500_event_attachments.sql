-- Issue 6 gap, attachments: one row per file (or recording) a plan step attaches to its Zoho record.
-- `attempted_at` is committed before the upload is sent: after a crash or a 5xx the retry first looks
-- at the record's attachments in Zoho, so a file is never attached twice. `done` rows are never re-sent.
create table event_attachments (
  event_id uuid not null references events (id) on delete cascade,
  step int not null,
  idx int not null,
  name text not null,
  url text not null,
  -- What the plan asked for; `sent_as` is what was done (a file too large when downloaded goes as a link).
  plan_as text not null check (plan_as in ('file', 'link')),
  sent_as text check (sent_as in ('file', 'link')),
  size bigint,
  module text not null,
  record_id text,
  status text not null default 'pending' check (status in ('pending', 'done', 'failed')),
  attempted_at timestamptz,
  zoho_attachment_id text,
  -- {code, message}: why it failed, or a note on a done row (linked instead of uploaded).
  error jsonb,
  updated_at timestamptz not null default now(),
  primary key (event_id, step, idx)
);
