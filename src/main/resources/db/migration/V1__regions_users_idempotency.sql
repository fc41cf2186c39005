-- Region tree: county -> township/street -> village/community, any depth. "path" is the chain of
-- ids from the root ("/1/7/42/"), so "everything below a region" is one indexed prefix match.
create table regions (
    id          bigserial primary key,
    parent_id   bigint references regions (id),
    code        varchar(32) not null unique,
    name        varchar(64) not null,
    kind        varchar(16) not null,
    depth       smallint not null,
    path        varchar(512) not null unique
);
create index regions_parent_idx on regions (parent_id, id);
create index regions_path_prefix_idx on regions (path varchar_pattern_ops);

-- Citizens, deputies (WeChat sign-in) and staff/admins (password sign-in) share one table; roles
-- are a comma-separated set because an account may be both a citizen and a deputy.
create table users (
    id             bigserial primary key,
    openid         varchar(64),
    unionid        varchar(64),
    username       varchar(64),
    password_hash  varchar(255),
    nickname       varchar(64),
    avatar_url     varchar(512),
    phone_cipher   varchar(255),
    phone_hash     varchar(64),
    roles          varchar(64) not null,
    region_id      bigint references regions (id),
    disabled       boolean not null default false,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    last_login_at  timestamptz,
    deleted_at     timestamptz,
    version        bigint not null default 0
);
create unique index users_openid_uidx on users (openid) where openid is not null;
create unique index users_username_uidx on users (lower(username)) where username is not null;
create index users_phone_hash_idx on users (phone_hash) where phone_hash is not null;
create index users_region_idx on users (region_id) where region_id is not null;
create index users_staff_idx on users (id) where username is not null;

-- Durable record of idempotent creates: survives a Redis restart; rows older than a week are purged.
create table idempotency_keys (
    scope         varchar(96) not null,
    idem_key      varchar(128) not null,
    request_hash  varchar(64) not null,
    answer        text,
    created_at    timestamptz not null,
    primary key (scope, idem_key)
);
create index idempotency_keys_created_idx on idempotency_keys (created_at);
