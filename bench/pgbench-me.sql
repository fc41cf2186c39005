-- The SQL of GET /api/v1/me: the account-status check, then the account itself.
\set id random(1, 10000)
select disabled, deleted_at is not null from users where id = :id;
select id, openid, unionid, username, password_hash, nickname, avatar_url, phone_cipher, phone_hash, roles,
       region_id, disabled, created_at, updated_at, last_login_at, deleted_at, version
  from users where id = :id;
