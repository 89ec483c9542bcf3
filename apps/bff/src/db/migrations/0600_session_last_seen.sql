-- Idle timeout: a session unused for SESSION_IDLE_MINUTES ends even before expires_at. The BFF moves
-- last_seen_at forward at most once a minute per session, so requests do not each cost a write.
alter table sessions add column last_seen_at timestamptz not null default now();
