-- Open311 GeoReport v2 (issue 32 part 5).

-- Keys that partners' systems (a city's 12345 hotline, a civic-tech app) send as api_key to submit
-- service requests. Only a hash is kept: the key is shown once, when an admin issues it. Each key
-- submits as an account of its own (no sign-in of any kind: no openid, no username, no role), so
-- that the opinion names the partner as its submitter and the usual per-submitter rules apply.
create table open311_keys (
    id            bigserial primary key,
    partner       varchar(64) not null,
    key_hash      varchar(64) not null unique,
    -- The first characters of the key, so that an admin can tell keys apart without the key.
    key_prefix    varchar(16) not null,
    account_id    bigint not null references users (id),
    -- Where requests without coordinates go, and the fallback when no station is near them.
    station_id    bigint not null references stations (id),
    issued_by     bigint not null references users (id),
    issued_at     timestamptz not null,
    revoked_at    timestamptz
);
create index open311_keys_issued_idx on open311_keys (id desc);

-- GET requests.json reads published opinions by the time they were submitted (requested_datetime),
-- newest first, within a window of at most 90 days.
create index opinions_published_created_idx on opinions (created_at desc, id desc) where published_at is not null;
