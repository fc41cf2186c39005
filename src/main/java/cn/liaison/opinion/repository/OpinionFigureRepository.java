package cn.liaison.opinion.repository;

import static cn.liaison.platform.persistence.PlanReusingPool.plannedForItsValues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.Backlog;
import cn.liaison.opinion.FigureCounts;
import cn.liaison.opinion.OpinionLifecycle;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.PublicFigures;
import cn.liaison.platform.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The figures of how opinions are answered: {@code opinion_figures}, the monthly rollup that the
 * public statistics read; {@code opinion_staff_figures}, its staff counterpart;
 * {@code opinion_backlog}, what awaits work as V22's triggers keep it; and the workbench's counts,
 * read straight from the opinions.
 */
@ApplicationScoped
public class OpinionFigureRepository {

    private static final long ROLLUP_LOCK = 0x5143_4649_4755L;

    /**
     * Counts the touched months once, at the finest grain, then sums that into both rollups: the
     * public one by station and category, the staff one by station, by deputy and by department.
     */
    private static final String RECOUNT = """
            with touched as (
                select distinct date_trunc('month', created_at at time zone $2)::date as month
                  from opinions where updated_at >= $1),
            cleared as (
                delete from opinion_figures where month in (select month from touched)),
            cleared_staff as (
                delete from opinion_staff_figures where month in (select month from touched)),
            fine as materialized (
                select t.month, o.station_id, coalesce(o.category_id, 0) as category_id, o.deputy_id, o.department_id, o.region_path,
                       count(*) as received, count(o.accepted_at) as accepted, count(o.first_replied_at) as replied,
                       count(*) filter (where o.replied_on_time) as replied_on_time, coalesce(sum(o.reply_working_days), 0) as reply_days,
                       count(*) filter (where o.rating = 'SATISFIED') as satisfied,
                       count(*) filter (where o.rating = 'BASICALLY_SATISFIED') as basically,
                       count(*) filter (where o.rating = 'UNSATISFIED') as unsatisfied
                  from touched t join opinions o on o.created_at >= t.month::timestamp at time zone $2
                                                and o.created_at < (t.month + interval '1 month')::timestamp at time zone $2
                 group by t.month, o.station_id, coalesce(o.category_id, 0), o.deputy_id, o.department_id, o.region_path),
            by_station_and_category as (
                insert into opinion_figures
                select month, station_id, category_id, region_path, sum(received), sum(accepted), sum(replied), sum(replied_on_time),
                       sum(reply_days), sum(satisfied), sum(basically), sum(unsatisfied)
                  from fine group by month, station_id, category_id, region_path)
            insert into opinion_staff_figures
            select month, 'S', station_id, region_path, %1$s from fine group by month, station_id, region_path
            union all
            select month, 'D', deputy_id, region_path, %1$s from fine group by month, deputy_id, region_path
            union all
            select month, 'P', department_id, region_path, %1$s from fine group by month, department_id, region_path"""
            .formatted("sum(received), sum(accepted), sum(replied), sum(replied_on_time), sum(reply_days),"
                    + " sum(satisfied), sum(basically), sum(unsatisfied)");

    /**
     * Folds the rows the triggers appended to {@code opinion_backlog} into one per group, touching
     * only groups with more than one row. A row appended by a transaction this one cannot see yet
     * stays for the next run.
     */
    private static final String FOLD_BACKLOG = """
            with crowded as (
                select station_id, deputy_id, department_id, region_path from opinion_backlog
                 group by station_id, deputy_id, department_id, region_path having count(*) > 1),
            appended as (
                delete from opinion_backlog b using crowded c
                 where b.station_id = c.station_id and b.region_path = c.region_path
                   and b.deputy_id is not distinct from c.deputy_id and b.department_id is not distinct from c.department_id
                returning b.*)
            insert into opinion_backlog
            select station_id, deputy_id, department_id, region_path, sum(awaiting), sum(supervised)
              from appended group by station_id, deputy_id, department_id, region_path
            having sum(awaiting) <> 0 or sum(supervised) <> 0""";

    private static final String BY_GROUPS = plannedForItsValues("""
            select grouping(f.category_id, f.child, f.month_text), nullif(f.category_id, 0), f.child, f.month_text,
                   coalesce(sum(f.received), 0), coalesce(sum(f.accepted), 0), coalesce(sum(f.replied), 0),
                   coalesce(sum(f.replied_on_time), 0), sum(f.reply_days)::float8 / nullif(sum(f.replied), 0),
                   coalesce(sum(f.satisfied + f.basically + f.unsatisfied), 0),
                   coalesce(sum(f.satisfied), 0), coalesce(sum(f.basically), 0), coalesce(sum(f.unsatisfied), 0)
              from (select r.*, split_part(substr(r.region_path, length($1) + 1), '/', 1) as child, to_char(r.month, 'YYYY-MM') as month_text
                      from opinion_figures r where r.region_path like $1 || '%' and r.month >= $2 and r.month <= $3) f
             group by grouping sets ((), (f.category_id), (f.child), (f.month_text))""");
    private static final int TOTAL = 7;
    private static final int BY_CATEGORY = 3;
    private static final int BY_CHILD = 5;

    private final Pool pool;

    public OpinionFigureRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Recounts the months, by submission, of the opinions changed since the last run, and notes
     * {@code countedUntil} as where the next run starts; false when another instance holds the
     * advisory lock and is doing it right now.
     */
    public Uni<Boolean> recount(ZoneId zone, Instant countedUntil) {
        return pool.withTransaction(connection -> connection.preparedQuery("select pg_try_advisory_xact_lock($1)")
                .execute(Tuple.of(ROLLUP_LOCK)).chain(locked -> {
                    if (!locked.iterator().next().getBoolean(0)) {
                        return Uni.createFrom().item(false);
                    }
                    return connection.query("select counted_until from opinion_figures_runs where id = 1").execute()
                            .chain(runs -> {
                                Instant since = runs.size() == 0 ? Instant.EPOCH
                                        : runs.iterator().next().getOffsetDateTime(0).toInstant();
                                return connection.preparedQuery(RECOUNT).execute(Tuple.of(since.atOffset(ZoneOffset.UTC), zone.getId()));
                            })
                            .chain(() -> connection.query(FOLD_BACKLOG).execute())
                            .chain(() -> connection.preparedQuery("insert into opinion_figures_runs (id, counted_until) values (1, $1)"
                                    + " on conflict (id) do update set counted_until = excluded.counted_until")
                                    .execute(Tuple.of(countedUntil.atOffset(ZoneOffset.UTC))))
                            .replaceWith(true);
                }));
    }

    /** The rolled-up figures under {@code path} for the months in [first, last], in one pass of grouping sets. */
    public Uni<PublicFigures> under(String path, LocalDate firstMonth, LocalDate lastMonth) {
        return pool.preparedQuery(BY_GROUPS).execute(Tuple.of(path, firstMonth, lastMonth)).map(rows -> {
            FigureCounts total = null;
            Map<Long, FigureCounts> byCategory = new LinkedHashMap<>();
            Map<String, FigureCounts> byChild = new LinkedHashMap<>();
            Map<String, FigureCounts> byMonth = new LinkedHashMap<>();
            for (Row row : rows) {
                FigureCounts counts = counts(row, 4);
                switch (row.getInteger(0)) {
                    case TOTAL -> total = counts;
                    case BY_CATEGORY -> byCategory.put(row.getLong(1), counts);
                    case BY_CHILD -> byChild.put(row.getString(2), counts);
                    default -> byMonth.put(row.getString(3), counts);
                }
            }
            return new PublicFigures(total, byCategory, byChild, byMonth);
        });
    }

    /**
     * From the staff rollup: figures of the opinions under {@code scope} received in the months
     * given, by the id of {@code dimension} (S station, D deputy, P department).
     */
    public Uni<Map<Long, FigureCounts>> received(char dimension, String scope, LocalDate firstMonth, LocalDate lastMonth) {
        return pool.preparedQuery(plannedForItsValues("select f.key_id, coalesce(sum(f.received), 0),"
                        + " coalesce(sum(f.accepted), 0), coalesce(sum(f.replied), 0), coalesce(sum(f.replied_on_time), 0),"
                        + " sum(f.reply_days)::float8 / nullif(sum(f.replied), 0),"
                        + " coalesce(sum(f.satisfied + f.basically + f.unsatisfied), 0),"
                        + " coalesce(sum(f.satisfied), 0), coalesce(sum(f.basically), 0), coalesce(sum(f.unsatisfied), 0)"
                        + " from opinion_staff_figures f where f.dimension = $4 and f.region_path like $1 || '%'"
                        + " and f.month >= $2 and f.month <= $3 group by 1"))
                .execute(Tuple.of(scope, firstMonth, lastMonth, String.valueOf(dimension)))
                .map(rows -> {
                    Map<Long, FigureCounts> counts = new LinkedHashMap<>();
                    rows.forEach(r -> counts.put(r.getLong(0), counts(r, 1)));
                    return counts;
                });
    }

    /**
     * What waits for the office under {@code scope} at {@code now}, counted over the open opinions
     * (the state index): to accept, overdue, supervised, due before {@code dueSoon}, flagged, replied.
     */
    public Uni<OpinionViews.Waiting> waiting(String scope, Instant now, Instant dueSoon) {
        String awaiting = Sql.literals(OpinionLifecycle.AWAITING_WORK);
        return pool.preparedQuery(plannedForItsValues("select count(*) filter (where state = 'SUBMITTED'),"
                        + " count(*) filter (where state in (%1$s) and due_at < $2),"
                        + " count(*) filter (where state in (%1$s) and supervised_at is not null),"
                        + " count(*) filter (where state in (%1$s) and due_at >= $2 and due_at < $3),"
                        + " count(*) filter (where flagged), count(*) filter (where state = 'REPLIED')"
                        + " from opinions where region_path like $1 || '%%' and state in (%2$s)")
                        .formatted(awaiting, Sql.literals(OpinionLifecycle.OPEN)))
                .execute(Tuple.of(scope, now.atOffset(ZoneOffset.UTC), dueSoon.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    return new OpinionViews.Waiting(r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
                });
    }

    /**
     * The opinions under {@code scope} awaiting work at {@code now}, by {@code column}: how many and
     * how many supervised from the counts the triggers keep, how many overdue as those less the ones
     * not yet due (a short range of the not-yet-due index). One statement, so both see one moment.
     */
    public Uni<Map<Long, Backlog>> awaitingWork(String column, String scope, Instant now) {
        return pool.preparedQuery(plannedForItsValues("""
                        with kept as (
                            select %1$s as key_id, sum(awaiting) as awaiting, sum(supervised) as supervised from opinion_backlog
                             where region_path like $1 || '%%' group by 1 having sum(awaiting) <> 0),
                        due_later as (
                            select %1$s as key_id, count(*) as n from opinions
                             where state in (%2$s) and due_at >= $2 and region_path like $1 || '%%' group by 1)
                        select k.key_id, k.awaiting, k.awaiting - coalesce(d.n, 0), k.supervised
                          from kept k left join due_later d on d.key_id is not distinct from k.key_id"""
                        .formatted(column, Sql.literals(OpinionLifecycle.AWAITING_WORK))))
                .execute(Tuple.of(scope, now.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    Map<Long, Backlog> backlog = new HashMap<>();
                    rows.forEach(r -> backlog.put(r.getLong(0), new Backlog(r.getLong(1), r.getLong(2), r.getLong(3))));
                    return backlog;
                });
    }

    /** Reads the nine figures columns, in the order every figures query selects them, from {@code at}. */
    private static FigureCounts counts(Row r, int at) {
        return new FigureCounts(r.getLong(at), r.getLong(at + 1), r.getLong(at + 2), r.getLong(at + 3), r.getDouble(at + 4),
                r.getLong(at + 5), r.getLong(at + 6), r.getLong(at + 7), r.getLong(at + 8));
    }
}
