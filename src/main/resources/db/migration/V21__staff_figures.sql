-- Monthly figures per station, deputy and department, so that staff statistics read a rollup as
-- the public ones do, instead of every opinion of the period (at a million opinions that recount
-- took both cores for half a second). FiguresRollup keeps it with opinion_figures, in the same
-- pass over the same months.
create table opinion_staff_figures (
    month            date not null,
    station_id       bigint not null,
    deputy_id        bigint,            -- null: no deputy chosen
    department_id    bigint,            -- null: no department assigned
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
create index opinion_staff_figures_month_idx on opinion_staff_figures (month);
create index opinion_staff_figures_region_idx on opinion_staff_figures (region_path varchar_pattern_ops, month);

-- The next run recounts every month, so that the new table starts complete.
delete from opinion_figures_runs;
