package cn.liaison.suggestion.repository;

import static cn.liaison.platform.persistence.PlanReusingPool.plannedForItsValues;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.Rating;
import cn.liaison.platform.persistence.Sql;
import cn.liaison.platform.time.ApiTime;
import cn.liaison.suggestion.ResultClass;
import cn.liaison.suggestion.SuggestionState;
import cn.liaison.suggestion.SuggestionViews;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The lists and figures of suggestions, read on the reactive pool with keyset pagination. Names of
 * deputies and departments are the caller's to add: those tables belong to other features.
 */
@ApplicationScoped
public class SuggestionLists {

    /** What sorts a suggestion with no deadline after every one with a deadline (due_key, V18). */
    public static final Instant NO_DEADLINE = Instant.parse("9999-12-31T00:00:00Z");

    private static final String SUMMARY = "select id, number, title, state, lead_deputy_id, sitting, due_at, supervised_at, result_class,"
            + " rating, round, submitted_at, due_key from suggestions";

    private final Pool pool;

    public SuggestionLists(Pool pool) {
        this.pool = pool;
    }

    /** A row of a list with the time it is sorted by (the queue's due_key, the board's published_at). */
    public record Listed(SuggestionViews.Summary summary, Instant sortKey) {
    }

    /**
     * The staff queue: submitted suggestions under {@code scopePrefix} (null: everywhere), earliest
     * deadline first, then those with none; {@code supervisedOnly} keeps those awaiting answers that
     * were supervised. Keys after ({@code afterDue}, {@code afterId}).
     */
    public Uni<List<Listed>> queue(String scopePrefix, SuggestionState state, boolean supervisedOnly, Instant afterDue, long afterId,
            int count) {
        Sql sql = new Sql(SUMMARY).and("submitted_at is not null");
        if (scopePrefix != null) {
            sql.and("region_path like " + Sql.pathPrefix(scopePrefix));
        }
        if (state != null) {
            sql.and("state = ?", state.name());
        }
        if (supervisedOnly) {
            sql.and("state = 'ASSIGNED' and supervised_at is not null");
        }
        if (afterDue != null) {
            sql.and("(due_key, id) > (?, ?)", afterDue.atOffset(ZoneOffset.UTC), afterId);
        }
        sql.then("order by due_key, id").limit(count);
        return rows(sql);
    }

    /** A deputy's suggestions, led or co-signed, newest first. */
    public Uni<List<Listed>> ofDeputy(long deputyId, long beforeId, int count) {
        Sql sql = new Sql(SUMMARY).and("(lead_deputy_id = ? or id in (select suggestion_id from suggestion_cosigners where deputy_id = ?))",
                deputyId, deputyId).and("id < ?", beforeId).then("order by id desc").limit(count);
        return rows(sql);
    }

    /** Published suggestions, newest first, after ({@code beforeTime}, {@code beforeId}). */
    public Uni<List<Listed>> published(OffsetDateTime beforeTime, long beforeId, int count) {
        Sql sql = new Sql(SUMMARY.replace(" from", ", published_at from")).and("published_at is not null")
                .and("(published_at, id) < (?, ?)", beforeTime, beforeId).then("order by published_at desc, id desc").limit(count);
        return pool.preparedQuery(sql.text()).execute(sql.values()).map(rows -> list(rows,
                r -> new Listed(summary(r), r.getOffsetDateTime("published_at").toInstant())));
    }

    /** The yearly figures of the suggestions accepted in {@code year}. */
    public Uni<SuggestionViews.YearFigures> year(int year) {
        return pool.preparedQuery("""
                select count(*),
                       count(result_class),
                       count(*) filter (where result_class = 'A'), count(*) filter (where result_class = 'B'),
                       count(*) filter (where result_class = 'C'),
                       count(*) filter (where answered_on_time),
                       count(*) filter (where rating is not null),
                       count(*) filter (where rating = 'SATISFIED'), count(*) filter (where rating = 'BASICALLY_SATISFIED'),
                       count(*) filter (where rating = 'UNSATISFIED'),
                       count(*) filter (where state = 'CLOSED')
                  from suggestions where number_year = $1""").execute(Tuple.of(year)).map(rows -> {
            Row r = rows.iterator().next();
            return new SuggestionViews.YearFigures(year, r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                    r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10));
        });
    }

    /** Per department: suggestions assigned to it in the period (by assignment), those it leads, its answers by class and on time. */
    public Uni<List<long[]>> departmentFigures(String scopePrefix, Instant from, Instant to) {
        return pool.preparedQuery(plannedForItsValues("""
                select d.department_id, count(distinct d.suggestion_id), count(distinct d.suggestion_id) filter (where d.lead),
                       count(a.id), count(a.id) filter (where a.result_class = 'A'), count(a.id) filter (where a.result_class = 'B'),
                       count(a.id) filter (where a.result_class = 'C'), count(a.id) filter (where a.on_time)
                  from suggestion_departments d
                  join suggestions s on s.id = d.suggestion_id
                  left join suggestion_answers a on a.suggestion_id = d.suggestion_id and a.department_id = d.department_id
                 where s.accepted_at >= $1 and s.accepted_at < $2 and s.region_path like $3
                 group by d.department_id order by d.department_id"""))
                .execute(Tuple.of(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), scopePrefix + "%"))
                .map(rows -> list(rows, r -> new long[] { r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                        r.getLong(6), r.getLong(7) }));
    }

    /** Per lead deputy: suggestions submitted in the period, accepted, closed, and their ratings. */
    public Uni<List<long[]>> deputyFigures(String scopePrefix, Instant from, Instant to) {
        return pool.preparedQuery(plannedForItsValues("""
                select lead_deputy_id, count(*), count(accepted_at), count(*) filter (where state = 'CLOSED'), count(rating),
                       count(*) filter (where rating = 'SATISFIED'), count(*) filter (where rating = 'BASICALLY_SATISFIED'),
                       count(*) filter (where rating = 'UNSATISFIED')
                  from suggestions
                 where submitted_at >= $1 and submitted_at < $2 and region_path like $3
                 group by lead_deputy_id order by lead_deputy_id"""))
                .execute(Tuple.of(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), scopePrefix + "%"))
                .map(rows -> list(rows, r -> new long[] { r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                        r.getLong(6), r.getLong(7) }));
    }

    private Uni<List<Listed>> rows(Sql sql) {
        return pool.preparedQuery(sql.text()).execute(sql.values())
                .map(rows -> list(rows, r -> new Listed(summary(r), r.getOffsetDateTime("due_key").toInstant())));
    }

    private static SuggestionViews.Summary summary(Row r) {
        SuggestionState state = SuggestionState.valueOf(r.getString("state"));
        String resultClass = r.getString("result_class");
        String rating = r.getString("rating");
        return new SuggestionViews.Summary(r.getLong("id"), r.getString("number"), r.getString("title"), state, state.label(),
                r.getLong("lead_deputy_id"), null, r.getString("sitting"), time(r.getOffsetDateTime("due_at")),
                r.getOffsetDateTime("supervised_at") != null, resultClass == null ? null : ResultClass.valueOf(resultClass),
                rating == null ? null : Rating.valueOf(rating), r.getInteger("round"), time(r.getOffsetDateTime("submitted_at")));
    }

    private static OffsetDateTime time(OffsetDateTime value) {
        return value == null ? null : ApiTime.of(value.toInstant());
    }

    private static <T> List<T> list(RowSet<Row> rows, Function<Row, T> map) {
        List<T> items = new ArrayList<>();
        rows.forEach(row -> items.add(map.apply(row)));
        return items;
    }
}
