-- Deadlines, supervision, notifications, the public board and statistics.

-- Exceptions to "Monday to Friday": public holidays (working = false) and make-up working days
-- (调休, working = true), maintained by admins.
create table calendar_days (
    day      date primary key,
    working  boolean not null,
    name     varchar(32) not null default ''
);

alter table opinions
    add column extended_at         timestamptz,
    add column supervised_at       timestamptz,
    -- Figures of the first answer, fixed when it is given: how many working days it took from
    -- acceptance (holidays counted as the calendar said then) and whether it met the deadline.
    add column first_replied_at    timestamptz,
    add column reply_working_days  integer,
    add column replied_on_time     boolean,
    add column published_at        timestamptz,
    add column public_title        varchar(50),
    add column public_content      text,
    add column public_author       varchar(64),
    add column support_count       integer not null default 0;

-- The sweep's two questions, each a short range scan however many opinions are handled.
create index opinions_supervise_idx on opinions (due_at)
    where supervised_at is null and state in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS');
create index opinions_unrated_idx on opinions (replied_at) where state = 'REPLIED';

-- The public board: newest or most supported, everywhere or at one station.
create index opinions_published_idx on opinions (published_at desc, id desc) where published_at is not null;
create index opinions_published_support_idx on opinions (support_count desc, id desc) where published_at is not null;
create index opinions_published_station_idx on opinions (station_id, published_at desc, id desc) where published_at is not null;
create index opinions_public_title_trgm_idx on opinions using gin (public_title gin_trgm_ops) where published_at is not null;

-- Statistics read a region's opinions of a period.
create index opinions_region_created_idx on opinions (region_path varchar_pattern_ops, created_at);

create table opinion_supports (
    opinion_id  bigint not null references opinions (id),
    user_id     bigint not null references users (id),
    created_at  timestamptz not null,
    primary key (opinion_id, user_id)
);

-- The outbox: written in the transaction of the change that causes it, sent by the dispatcher.
create table notifications (
    id               bigserial primary key,
    recipient_id     bigint not null references users (id),
    kind             varchar(32) not null,
    opinion_id       bigint references opinions (id),
    payload          text not null,
    -- PENDING until DELIVERED (channel WECHAT_SUBSCRIBE, or INBOX: in the app only), or PARKED after repeated failure.
    state            varchar(16) not null,
    channel          varchar(16),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null,
    last_error       varchar(200),
    created_at       timestamptz not null,
    delivered_at     timestamptz,
    read_at          timestamptz
);
create index notifications_due_idx on notifications (next_attempt_at) where state = 'PENDING';
create index notifications_recipient_idx on notifications (recipient_id, id desc);
create index notifications_parked_idx on notifications (id) where state = 'PARKED';

-- How many subscribe messages each user allowed per template (each consent allows one).
create table subscription_quotas (
    user_id      bigint not null references users (id),
    template_id  varchar(64) not null,
    remaining    integer not null,
    updated_at   timestamptz not null,
    primary key (user_id, template_id)
);
