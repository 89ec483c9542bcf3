-- Engine attempts that found an attachment's file server unreachable, slow or failing (5xx). Such a
-- download no longer waits inside a worker: the event is retried later with backoff, and after a few
-- attempts the attachment fails alone (the event's records are written long before).
alter table event_attachments add column download_tries int not null default 0;
