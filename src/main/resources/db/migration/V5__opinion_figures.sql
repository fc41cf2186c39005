-- Monthly figures per station and category, so that public statistics read a few thousand rows
-- instead of every opinion of a region. FiguresRollup recounts the months of the opinions changed
-- since its last run; the figures are then at most a run behind.
create index opinions_updated_idx on opinions (updated_at);
create index opinions_created_idx on opinions (created_at);
-- Similar-opinion search reads a station's latest opinions.
create index opinions_station_latest_idx on opinions (station_id, id desc);

create table opinion_figures (
    month            date not null,
    station_id       bigint not null,
    category_id      bigint not null,   -- 0: no category
    region_path      varchar(512) not null,
    received         integer not null,
    accepted         integer not null,
    replied          integer not null,
    replied_on_time  integer not null,
    reply_days       bigint not null,   -- working days to the first reply, summed over the replied
    satisfied        integer not null,
    basically        integer not null,
    unsatisfied      integer not null
);
create index opinion_figures_month_idx on opinion_figures (month);
create index opinion_figures_region_idx on opinion_figures (region_path varchar_pattern_ops, month);

create table opinion_figures_runs (
    id             smallint primary key,
    counted_until  timestamptz not null
);
