-- The time limits admins set in the console (SPEC §1), one row; a column left null keeps the
-- deployment's configured default (liaison.deadlines.*).
create table time_limits (
    id                     integer primary key check (id = 1),
    accept_within          integer,
    reply_within           integer,
    -- Working days to reply by opinion kind, as KIND=days pairs: CONSULTATION=5,REQUEST=10.
    reply_within_by_kind   varchar(200),
    longest_extension      integer,
    supervise_after        integer,
    rating_period_days     integer,
    updated_at             timestamptz not null
);
