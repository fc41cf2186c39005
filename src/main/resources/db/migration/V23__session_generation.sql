-- A password reset ends every session of the account, also one begun in the same second: tokens and
-- refresh-token families carry the account's session generation, and a reset counts it up. Comparing
-- instants (V13) could not tell a session begun a millisecond before the reset from one just after,
-- and would compare clocks of different instances. Accounts reset before this sign in once more.
alter table users add column session_generation integer not null default 0;
update users set session_generation = 1 where sessions_valid_from is not null;
