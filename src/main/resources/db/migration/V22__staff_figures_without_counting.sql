-- Staff figures without counting the opinions: at a million opinions the two counts behind them
-- took both cores for half a second to four seconds every 30 s on each instance, which every other
-- request felt.

-- 1. The monthly rollup, one dimension per row. Staff read one dimension at a time; rows at the
--    finest grain (station x deputy x department) made a county's figures by station a sum over
--    200,000 rows. V21's rows are dropped and the next rollup run recounts every month.
drop table opinion_staff_figures;
create table opinion_staff_figures (
    month            date not null,
    dimension        char(1) not null,  -- S: by station, D: by deputy, P: by department
    key_id           bigint,            -- the station, deputy or department; null: none chosen
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
create index opinion_staff_figures_region_idx on opinion_staff_figures (dimension, region_path varchar_pattern_ops, month);
delete from opinion_figures_runs;

-- 2. What awaits work, kept as counts. Every change to an opinion that moves it into or out of the
--    work (its state, where it is, who has it, whether it is supervised) appends its -1 and +1 here
--    in the same transaction, so a sum is always exact; the rollup run folds the appended rows into
--    one per group. Appending rather than updating a row per station keeps concurrent submissions
--    to one station from waiting on each other.
create table opinion_backlog (
    station_id     bigint not null,
    deputy_id      bigint,
    department_id  bigint,
    region_path    varchar(512) not null,
    awaiting       integer not null,
    supervised     integer not null
);
create index opinion_backlog_region_idx on opinion_backlog (region_path varchar_pattern_ops);

create function opinion_backlog_follow() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.state in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS') then
        insert into opinion_backlog (station_id, deputy_id, department_id, region_path, awaiting, supervised)
            values (old.station_id, old.deputy_id, old.department_id, old.region_path,
                    -1, case when old.supervised_at is null then 0 else -1 end);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.state in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS') then
        insert into opinion_backlog (station_id, deputy_id, department_id, region_path, awaiting, supervised)
            values (new.station_id, new.deputy_id, new.department_id, new.region_path,
                    1, case when new.supervised_at is null then 0 else 1 end);
    end if;
    return null;
end $$;

create trigger opinion_backlog_on_insert_or_delete after insert or delete on opinions
    for each row execute function opinion_backlog_follow();
-- Hibernate writes every column on an update: only a change that matters appends.
create trigger opinion_backlog_on_update after update on opinions
    for each row when (old.state is distinct from new.state or old.station_id is distinct from new.station_id
                       or old.deputy_id is distinct from new.deputy_id or old.department_id is distinct from new.department_id
                       or old.region_path is distinct from new.region_path
                       or (old.supervised_at is null) <> (new.supervised_at is null))
    execute function opinion_backlog_follow();

-- Counted after the triggers exist: creating them locks out writers until this migration commits,
-- so no change falls between the count and the triggers.
insert into opinion_backlog (station_id, deputy_id, department_id, region_path, awaiting, supervised)
select station_id, deputy_id, department_id, region_path, count(*), count(supervised_at)
  from opinions where state in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS')
 group by station_id, deputy_id, department_id, region_path;

-- Overdue is "awaiting" less "not yet due", and what is not yet due is the recent few.
create index opinions_not_yet_due_idx on opinions (due_at) include (station_id, deputy_id, department_id, region_path)
    where state in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS');
