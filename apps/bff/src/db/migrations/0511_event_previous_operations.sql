-- Issue 6: a manual retry plans the event again with the current settings; the operations of the plan it
-- replaces (what was created, what failed and why) are kept here, oldest first, for the activity detail.
alter table events add column previous_operations jsonb not null default '[]';
