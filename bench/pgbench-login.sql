-- The SQL of a returning citizen's WeChat sign-in: the upsert, then loading the account.
\set n random(1, 10000)
insert into users (openid, unionid, roles, created_at, updated_at, last_login_at)
values ('bench-citizen-' || :n, null, 'CITIZEN', now(), now(), now())
on conflict (openid) where openid is not null
do update set last_login_at = now(), unionid = coalesce(excluded.unionid, users.unionid);
select id, roles, disabled, deleted_at from users where openid = 'bench-citizen-' || :n;
