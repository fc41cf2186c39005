-- Opinions (社情民意) and their closed loop: every change of state is an event in the same transaction.

create table categories (
    id          bigserial primary key,
    name        varchar(32) not null unique,
    active      boolean not null default true,
    sort_order  integer not null default 0
);

create table departments (
    id         bigserial primary key,
    name       varchar(64) not null,
    region_id  bigint references regions (id),
    contact    varchar(64),
    active     boolean not null default true
);

-- Admin-managed words that send an opinion to manual review.
create table sensitive_words (
    word        varchar(32) primary key,
    created_at  timestamptz not null
);

-- Daily counters behind tracking numbers such as SQ20261125-000123.
create table tracking_counters (
    day   date primary key,
    last  integer not null
);

create table opinions (
    id                 bigserial primary key,
    tracking_no        varchar(24) not null unique,
    submitter_id       bigint not null references users (id),
    phone_cipher       varchar(255),
    phone_hash         varchar(64),
    anonymous          boolean not null,
    confidential       boolean not null,
    consent_to_publish boolean not null,
    lookup_code_hash   varchar(64),
    station_id         bigint not null references stations (id),
    region_path        varchar(512) not null,
    chosen_deputy_id   bigint references deputies (id),
    category_id        bigint references categories (id),
    kind               varchar(16) not null,
    title              varchar(50) not null,
    content            text not null,
    place              varchar(200),
    latitude           double precision,
    longitude          double precision,
    photo_ids          varchar(200) not null default '',
    state              varchar(16) not null,
    flagged            boolean not null default false,
    flag_reasons       varchar(500),
    deputy_id          bigint references deputies (id),
    department_id      bigint references departments (id),
    merged_into_id     bigint references opinions (id),
    accept_due_at      timestamptz,
    accepted_at        timestamptz,
    reply_due_at       timestamptz,
    -- The deadline that matters now (reply, else acceptance), far in the future once it is
    -- handled: the staff queue's order, kept by the application so that one index serves it.
    due_at             timestamptz not null,
    replied_at         timestamptz,
    rating             varchar(24),
    unsatisfied_count  smallint not null default 0,
    closed_at          timestamptz,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint not null default 0
);
create index opinions_submitter_idx on opinions (submitter_id, id desc);
create index opinions_deputy_idx on opinions (deputy_id, id desc) where deputy_id is not null;
create index opinions_deputy_replied_idx on opinions (deputy_id, replied_at) where replied_at is not null;
-- The staff queue, by the deadline that matters now; scope and filters are checked along the index.
create index opinions_due_idx on opinions (due_at, id);
create index opinions_region_idx on opinions (region_path varchar_pattern_ops, due_at, id);
create index opinions_state_due_idx on opinions (state, due_at, id);
create index opinions_station_due_idx on opinions (station_id, due_at, id);
create index opinions_station_state_due_idx on opinions (station_id, state, due_at, id);
create index opinions_title_trgm_idx on opinions using gin (title gin_trgm_ops);
create index opinions_content_trgm_idx on opinions using gin (content gin_trgm_ops);

create table opinion_events (
    id            bigserial primary key,
    opinion_id    bigint not null references opinions (id),
    seq           integer not null,
    type          varchar(24) not null,
    state_before  varchar(16),
    state_after   varchar(16),
    actor_id      bigint references users (id),
    actor_role    varchar(16) not null,
    note          varchar(2000),
    visibility    varchar(8) not null,
    created_at    timestamptz not null,
    unique (opinion_id, seq)
);

create table opinion_replies (
    id           bigserial primary key,
    opinion_id   bigint not null references opinions (id),
    author_id    bigint not null references users (id),
    author_role  varchar(16) not null,
    department_id bigint references departments (id),
    content      text not null,
    photo_ids    varchar(200) not null default '',
    created_at   timestamptz not null
);
create index opinion_replies_opinion_idx on opinion_replies (opinion_id, id);
