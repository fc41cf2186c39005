-- The directory: stations, deputies, their duty records and reception days, and uploaded photos.
-- region_path columns copy the path of the region an object belongs to, so that "within a staff
-- member's scope" and "in this region or below" are one indexed prefix match, without a join.

-- Trusted since PostgreSQL 13: a database owner may create it. Serves Chinese substring search.
create extension if not exists pg_trgm;

create table media (
    id            bigserial primary key,
    owner_id      bigint not null references users (id),
    content_type  varchar(32) not null,
    size_bytes    integer not null,
    storage_key   varchar(128) not null unique,
    public        boolean not null default false,
    created_at    timestamptz not null
);
create index media_owner_idx on media (owner_id, id);

create table stations (
    id               bigserial primary key,
    region_id        bigint not null references regions (id),
    region_path      varchar(512) not null,
    level            varchar(20) not null,
    name             varchar(100) not null,
    address          varchar(200),
    latitude         double precision,
    longitude        double precision,
    opening_hours    varchar(200),
    phone            varchar(32),
    introduction     text,
    rules            text,
    photo_ids        varchar(200) not null default '',
    active           boolean not null default true,
    info_updated_at  timestamptz not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null default 0
);
create index stations_region_path_idx on stations (region_path varchar_pattern_ops, id);
create index stations_level_idx on stations (level, id);
create index stations_name_trgm_idx on stations using gin (name gin_trgm_ops);
create index stations_location_idx on stations (latitude, longitude) where latitude is not null;

create table deputies (
    id                  bigserial primary key,
    name                varchar(32) not null,
    gender              varchar(8),
    ethnicity           varchar(16),
    level               varchar(16) not null,
    term                varchar(32),
    occupation          varchar(100),
    work_unit           varchar(100),
    photo_id            bigint references media (id),
    biography           text,
    public_contact      varchar(64),
    -- The congress office's own identifier of the deputy: what makes a CSV import repeatable.
    roster_key          varchar(64) unique,
    primary_station_id  bigint not null references stations (id),
    region_path         varchar(512) not null,
    user_id             bigint unique references users (id),
    active              boolean not null default true,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint not null default 0
);
create index deputies_region_path_idx on deputies (region_path varchar_pattern_ops, id);
create index deputies_level_idx on deputies (level, id);
create index deputies_name_trgm_idx on deputies using gin (name gin_trgm_ops);

create table deputy_stations (
    deputy_id   bigint not null references deputies (id),
    station_id  bigint not null references stations (id),
    primary key (deputy_id, station_id)
);
create index deputy_stations_station_idx on deputy_stations (station_id, deputy_id);

-- One-time codes with which a deputy binds their WeChat account; only a hash is kept.
create table deputy_invitations (
    code_hash   varchar(64) primary key,
    deputy_id   bigint not null references deputies (id),
    created_by  bigint not null references users (id),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    used_by     bigint references users (id)
);
create index deputy_invitations_deputy_idx on deputy_invitations (deputy_id);

-- A deputy's own profile edits wait here for staff approval; the public sees the approved profile.
create table deputy_profile_changes (
    id              bigserial primary key,
    deputy_id       bigint not null references deputies (id),
    region_path     varchar(512) not null,
    requested_by    bigint not null references users (id),
    photo_id        bigint references media (id),
    biography       text,
    public_contact  varchar(64),
    occupation      varchar(100),
    work_unit       varchar(100),
    state           varchar(16) not null,
    reason          varchar(500),
    decided_by      bigint references users (id),
    created_at      timestamptz not null,
    decided_at      timestamptz
);
create unique index deputy_profile_changes_pending_uidx on deputy_profile_changes (deputy_id) where state = 'PENDING';
create index deputy_profile_changes_queue_idx on deputy_profile_changes (region_path varchar_pattern_ops, id) where state = 'PENDING';

create table duty_records (
    id             bigserial primary key,
    deputy_id      bigint not null references deputies (id),
    region_path    varchar(512) not null,
    type           varchar(16) not null,
    occurred_on    date not null,
    station_id     bigint references stations (id),
    place          varchar(200),
    summary        text not null,
    participants   varchar(500),
    photo_ids      varchar(200) not null default '',
    state          varchar(16) not null,
    return_reason  varchar(500),
    author_id      bigint not null references users (id),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    published_at   timestamptz,
    version        bigint not null default 0
);
create index duty_records_deputy_public_idx on duty_records (deputy_id, published_at desc, id desc) where state = 'PUBLISHED';
create index duty_records_station_public_idx on duty_records (station_id, published_at desc, id desc) where state = 'PUBLISHED';
create index duty_records_deputy_idx on duty_records (deputy_id, id desc);
create index duty_records_review_idx on duty_records (region_path varchar_pattern_ops, id) where state = 'SUBMITTED';

create table receptions (
    id           bigserial primary key,
    station_id   bigint not null references stations (id),
    region_path  varchar(512) not null,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    topic        varchar(100) not null,
    capacity     integer not null check (capacity > 0),
    booked       integer not null default 0 check (booked >= 0 and booked <= capacity),
    created_by   bigint not null references users (id),
    cancelled    boolean not null default false,
    created_at   timestamptz not null,
    version      bigint not null default 0
);
create index receptions_station_idx on receptions (station_id, starts_at, id);
create index receptions_starts_idx on receptions (starts_at, id);

create table reception_deputies (
    reception_id  bigint not null references receptions (id),
    deputy_id     bigint not null references deputies (id),
    primary key (reception_id, deputy_id)
);
create index reception_deputies_deputy_idx on reception_deputies (deputy_id, reception_id);

-- One row per citizen and reception: cancelling and booking again reuses it.
create table bookings (
    id            bigserial primary key,
    reception_id  bigint not null references receptions (id),
    citizen_id    bigint not null references users (id),
    state         varchar(16) not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    unique (reception_id, citizen_id)
);
create index bookings_citizen_idx on bookings (citizen_id, id desc);
