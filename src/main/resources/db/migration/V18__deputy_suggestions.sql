-- Deputy suggestions (代表建议): a lead deputy's formal suggestion with co-signers, grown from
-- citizens' opinions, reviewed (立案), assigned (交办) to departments, answered, rated and closed.

create table suggestions (
    id                   bigserial primary key,
    -- Given at acceptance (立案), counted per year and sitting: 2026-第0123号.
    number               varchar(32),
    number_year          integer,
    number_seq           integer,
    title                varchar(60) not null,
    content              text not null,
    lead_deputy_id       bigint not null references deputies (id),
    -- The lead deputy's region path when drafted: the staff scope that handles it.
    region_path          varchar(512) not null,
    -- The sitting of the congress it was raised at (届次/会次), or null between sessions (闭会期间).
    sitting              varchar(40),
    category_id          bigint references categories (id),
    photo_ids            varchar(200) not null default '',
    state                varchar(16) not null,
    not_accepted_reason  varchar(500),
    -- 领衔督办: the leader who leads its supervision.
    supervisor_name      varchar(32),
    supervisor_title     varchar(64),
    -- Handling: the current round (a second after an unsatisfied rating), its start and deadline.
    round                integer not null default 1,
    assigned_at          timestamptz,
    due_at               timestamptz,
    -- The order of the staff queue: deadline first, none last.
    due_key              timestamptz generated always as (coalesce(due_at, '9999-12-31 00:00:00+00'::timestamptz)) stored,
    extended_at          timestamptz,
    extension_reason     varchar(500),
    supervised_at        timestamptz,
    -- The lead department's class of the last answer: A solved or adopted, B being solved, C not possible for now.
    result_class         char(1),
    answered_at          timestamptz,
    answered_on_time     boolean,
    rating               varchar(24),
    rating_reason        varchar(500),
    unsatisfied_count    integer not null default 0,
    rated_at             timestamptz,
    submitted_at         timestamptz,
    accepted_at          timestamptz,
    closed_at            timestamptz,
    published_at         timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint not null default 0,
    check (state in ('DRAFT', 'SUBMITTED', 'NOT_ACCEPTED', 'WITHDRAWN', 'ACCEPTED', 'ASSIGNED', 'ANSWERED', 'CLOSED')),
    check (result_class in ('A', 'B', 'C'))
);

create unique index suggestions_number_uidx on suggestions (number_year, coalesce(sitting, ''), number_seq);
-- The staff queue (submitted ones only): everywhere, in a scope, or in a state, deadline first.
create index suggestions_queue_idx on suggestions (due_key, id) where submitted_at is not null;
create index suggestions_scope_queue_idx on suggestions (region_path varchar_pattern_ops, due_key, id) where submitted_at is not null;
create index suggestions_state_queue_idx on suggestions (state, due_key, id) where submitted_at is not null;
create index suggestions_lead_idx on suggestions (lead_deputy_id, id);
-- The sweep: assigned and not answered past the deadline, not supervised yet.
create index suggestions_supervise_idx on suggestions (due_at) where state = 'ASSIGNED' and supervised_at is null;
create index suggestions_published_idx on suggestions (published_at desc, id desc) where published_at is not null;
create index suggestions_accepted_year_idx on suggestions (number_year) where number_year is not null;

-- The counter behind the numbers; sitting '' between sessions.
create table suggestion_numbers (
    year     integer not null,
    sitting  varchar(40) not null,
    last     integer not null,
    primary key (year, sitting)
);

create table suggestion_cosigners (
    suggestion_id  bigint not null references suggestions (id),
    deputy_id      bigint not null references deputies (id),
    -- INVITED until the deputy CONFIRMED or DECLINED.
    state          varchar(16) not null,
    responded_at   timestamptz,
    primary key (suggestion_id, deputy_id)
);
create index suggestion_cosigners_deputy_idx on suggestion_cosigners (deputy_id, suggestion_id);

-- The citizens' opinions it grew from.
create table suggestion_sources (
    suggestion_id  bigint not null references suggestions (id),
    opinion_id     bigint not null references opinions (id),
    primary key (suggestion_id, opinion_id)
);
create index suggestion_sources_opinion_idx on suggestion_sources (opinion_id);

create table suggestion_departments (
    suggestion_id  bigint not null references suggestions (id),
    department_id  bigint not null references departments (id),
    -- The lead department (主办); the others assist (协办).
    lead           boolean not null,
    primary key (suggestion_id, department_id)
);
create index suggestion_departments_department_idx on suggestion_departments (department_id);

-- A department's written answer for one round, usually a signed letter: its photo attached, its text here.
create table suggestion_answers (
    id              bigserial primary key,
    suggestion_id   bigint not null references suggestions (id),
    department_id   bigint not null references departments (id),
    round           integer not null,
    result_class    char(1) not null check (result_class in ('A', 'B', 'C')),
    content         text not null,
    attachment_ids  varchar(200) not null default '',
    recorded_by     bigint not null references users (id),
    answered_at     timestamptz not null,
    on_time         boolean not null,
    unique (suggestion_id, department_id, round)
);

create table suggestion_events (
    id             bigserial primary key,
    suggestion_id  bigint not null references suggestions (id),
    seq            integer not null,
    type           varchar(24) not null,
    state_before   varchar(16),
    state_after    varchar(16),
    actor_id       bigint references users (id),
    actor_role     varchar(16) not null,
    note           varchar(2000),
    visibility     varchar(8) not null,
    created_at     timestamptz not null,
    unique (suggestion_id, seq)
);
