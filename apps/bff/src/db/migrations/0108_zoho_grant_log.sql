-- Zoho issues at most 10 grant codes per client per 10 minutes, then answers access_denied. The BFF
-- notes each code it receives per client, so it can tell that cap from a refusal on the consent page
-- and say when the next sign-in will be accepted. Rows older than an hour are pruned on insert.
create table zoho_grant_log (
  client_id text not null,
  at timestamptz not null default now()
);
create index zoho_grant_log_client_at on zoho_grant_log (client_id, at);

-- A refresh token Zoho refused (invalid_code) means access was revoked at Zoho, not a bad grant code:
-- stored token errors say so from now on.
update zoho_tokens set last_error_code = 'access_revoked' where last_error_code = 'invalid_code';
