-- A password reset or change ends every session of the account (SPEC §5): access tokens issued and
-- refresh-token families started before this moment are refused (AccountStatuses, Authentication).
alter table users add column sessions_valid_from timestamptz;
