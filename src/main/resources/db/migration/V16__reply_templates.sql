-- Reply templates (常用答复), kept per office. An office sees its own and those of the offices above
-- it (region_path = any of its ancestors' paths), staff also those below them (a prefix match): both
-- use this index.
create table reply_templates (
    id          bigserial primary key,
    region_id   bigint not null references regions (id),
    region_path varchar(512) not null,
    title       varchar(60) not null,
    content     text not null,
    updated_by  bigint references users (id) on delete set null,
    updated_at  timestamptz not null,
    version     integer not null default 0
);
create index reply_templates_region_path_idx on reply_templates (region_path varchar_pattern_ops, title);
