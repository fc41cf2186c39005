package cn.liaison.opinion.repository.search;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.identity.Caller;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.OpinionKind;
import cn.liaison.opinion.OpinionState;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.Rating;
import cn.liaison.opinion.StaffQueueFilter;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.error.Failures;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.persistence.PlanReusingPool;
import cn.liaison.platform.persistence.Sql;
import cn.liaison.platform.time.ApiTime;
import cn.liaison.region.Regions;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The one entry to the lists of opinions and the search in them, with the plan machinery they need:
 * the citizen's and the deputy's lists, the staff queue by deadline with its filters and text
 * search, and the same queue streamed for export. How each statement is planned is chosen here:
 * the lists on the main pool, whose statements keep their plans unless they hold a bound pattern
 * ({@link PlanReusingPool}); a search on the searches pool, whose connections plan a statement once
 * and stop a slow one; the search's shape chosen for the words ({@link GramStatistics}).
 */
@ApplicationScoped
public class OpinionSearch {

    private static final String SUMMARY_COLUMNS =
            "select o.id, o.tracking_no, o.state, o.kind, o.title, o.station_id, o.deputy_id, o.flagged, o.supervised_at, o.due_at, o.created_at, o.category_id, o.flag_reasons";
    private static final String EXPORT_COLUMNS = """
            select o.tracking_no, o.state, o.kind, o.category_id, o.title, o.station_id, o.deputy_id, o.department_id,
                   o.created_at, o.due_at, o.supervised_at, o.first_replied_at, o.replied_on_time, o.rating
              from opinions o where true""";
    /** Rows an export reads from its cursor at a time. */
    static final int FETCH = 500;

    private final Pool pool;
    private final Pool searches;
    private final Regions regions;
    private final GramStatistics statistics;
    private final Clock clock;

    public OpinionSearch(Pool pool, @ReactiveDataSource(PlanReusingPool.SEARCHES) Pool searches, Regions regions,
            GramStatistics statistics, Clock clock) {
        this.pool = pool;
        this.searches = searches;
        this.regions = regions;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** One row of the export, its names still to be looked up. */
    public record ExportRow(String trackingNo, OpinionState state, OpinionKind kind, Long categoryId, String title, long stationId,
            Long deputyId, Long departmentId, OffsetDateTime createdAt, OffsetDateTime dueAt, boolean supervised,
            OffsetDateTime firstRepliedAt, Boolean repliedOnTime, Rating rating) {
    }

    /** A citizen's own opinions, newest first; uses opinions_submitter_idx. */
    public Uni<Page<OpinionViews.Summary>> submittedBy(long userId, String cursor, int limit) {
        return newestFirst("o.submitter_id = ?", userId, cursor, limit);
    }

    /** Opinions assigned to a deputy, newest first; uses opinions_deputy_idx. */
    public Uni<Page<OpinionViews.Summary>> assignedTo(long deputyId, String cursor, int limit) {
        return newestFirst("o.deputy_id = ?", deputyId, cursor, limit);
    }

    private Uni<Page<OpinionViews.Summary>> newestFirst(String owner, long ownerId, String cursor, int limit) {
        long before = cursor == null ? Long.MAX_VALUE : Cursor.longKey(cursor);
        Sql sql = selectSummaries().and(owner, ownerId).and("o.id < ?", before)
                .then("order by o.id desc").limit(limit + 1);
        return summaries(pool, sql, limit, r -> summary(r, null), r -> Cursor.of(r.getLong("id")));
    }

    /**
     * The staff queue within scope, by deadline; keyset on (deadline, id). A search walks the
     * deadline order when every piece of its phrase is common, and reads its index first when one
     * is rare (GramStatistics). A walk that finds its page too slowly, a phrase rare as a whole but
     * made of common pieces, is stopped by the searches pool's statement timeout and read from the
     * index.
     */
    public Uni<Page<OpinionViews.Summary>> queue(Caller caller, StaffQueueFilter filter, String cursor, int limit) {
        SearchTerm term = StaffQueueWhere.searchTerm(filter);
        if (term == null) {
            return byDeadline(pool, selectSummaries(), "", caller, filter, cursor, limit);
        }
        List<String> rare = statistics.rarePieces(term);
        if (!rare.isEmpty()) {
            return indexFirst(term, rare, caller, filter, cursor, limit);
        }
        return byDeadline(searches, selectSummaries(), "", caller, filter, cursor, limit)
                .onFailure(Failures::isStatementTimeout).recoverWithUni(() -> indexFirst(term, term.pieces(), caller, filter, cursor, limit));
    }

    /** The opinions holding {@code pieces}, read from the index inside a fence (offset 0) that keeps PostgreSQL from walking instead. */
    private Uni<Page<OpinionViews.Summary>> indexFirst(SearchTerm term, List<String> pieces, Caller caller, StaffQueueFilter filter,
            String cursor, int limit) {
        Sql select = new Sql("select * from (" + SUMMARY_COLUMNS + " from opinions o where " + term.holds(),
                (Object) pieces.toArray(String[]::new));
        return byDeadline(searches, select, "offset 0) o ", caller, filter, cursor, limit);
    }

    /** {@code select} with the filters and the cursor, then {@code close} and the deadline order. */
    private Uni<Page<OpinionViews.Summary>> byDeadline(Pool via, Sql select, String close, Caller caller, StaffQueueFilter filter,
            String cursor, int limit) {
        return StaffQueueWhere.where(filter, select, caller, Instant.now(clock), regions).chain(sql -> {
            if (cursor != null) {
                String[] keys = Cursor.keys(cursor, 2);
                try {
                    OffsetDateTime afterDue = OffsetDateTime.parse(keys[0]);
                    sql.and("(o.due_at, o.id) > (?, ?)", afterDue, Long.parseLong(keys[1]));
                } catch (RuntimeException e) {
                    throw new ApiException(ErrorCode.INVALID_CURSOR);
                }
            }
            sql.then(close + "order by o.due_at, o.id").limit(limit + 1);
            return summaries(via, sql, limit, OpinionSearch::staffSummary, r -> Cursor.of(r.getOffsetDateTime("due_at"), r.getLong("id")));
        });
    }

    /**
     * The filtered queue in deadline order, read through a database cursor {@value #FETCH} rows at a
     * time as the consumer takes them, so a million rows pass through in bounded memory. A rare
     * phrase is found through its index; a common one by reading the opinions, since it is in many.
     */
    public Multi<ExportRow> export(Caller caller, StaffQueueFilter filter) {
        Sql select = new Sql(EXPORT_COLUMNS);
        SearchTerm term = StaffQueueWhere.searchTerm(filter);
        List<String> rare = term == null ? List.of() : statistics.rarePieces(term);
        Sql query = rare.isEmpty() ? select : select.and(term.holds(), (Object) rare.toArray(String[]::new));
        return Multi.createFrom().uni(StaffQueueWhere.where(filter, query, caller, Instant.now(clock), regions))
                .onItem().transformToMultiAndConcatenate(sql -> stream(sql.then("order by o.due_at, o.id")))
                .map(OpinionSearch::exportRow);
    }

    private Multi<Row> stream(Sql sql) {
        return Multi.createFrom().uni(pool.getConnection()).onItem().transformToMultiAndConcatenate(connection ->
                connection.begin().onItem().transformToMulti(tx -> connection.prepare(sql.text())
                        .onItem().transformToMulti(statement -> statement.createStream(FETCH, sql.values()).toMulti()
                                // A statement the pool does not keep (one planned for its words) would outlive the export.
                                .onTermination().call(statement::close)))
                        .onTermination().call(() -> release(connection)));
    }

    /** The cursor only read: closing the connection rolls its transaction back and returns it to the pool. */
    private static Uni<Void> release(SqlConnection connection) {
        return connection.close().onFailure().recoverWithNull();
    }

    private static Sql selectSummaries() {
        return new Sql(SUMMARY_COLUMNS + " from opinions o where true");
    }

    private static Uni<Page<OpinionViews.Summary>> summaries(Pool via, Sql sql, int limit, Function<Row, OpinionViews.Summary> view,
            Function<Row, String> cursorOf) {
        return via.preparedQuery(sql.text()).execute(sql.values()).map(rows -> {
            List<Row> list = new ArrayList<>();
            rows.forEach(list::add);
            return Page.of(list, limit, view, cursorOf);
        });
    }

    /** The queue's rows carry the review reasons, which only staff read. */
    private static OpinionViews.Summary staffSummary(Row r) {
        return summary(r, r.getString("flag_reasons"));
    }

    private static OpinionViews.Summary summary(Row r, String flagReasons) {
        Instant due = r.getOffsetDateTime("due_at").toInstant();
        return new OpinionViews.Summary(r.getLong("id"), r.getString("tracking_no"), OpinionState.valueOf(r.getString("state")),
                OpinionKind.valueOf(r.getString("kind")), r.getString("title"), r.getLong("station_id"), r.getLong("deputy_id"),
                r.getBoolean("flagged"), r.getValue("supervised_at") != null, due.equals(Opinion.NO_DEADLINE) ? null : ApiTime.of(due),
                ApiTime.of(r.getOffsetDateTime("created_at").toInstant()), r.getLong("category_id"), flagReasons, null);
    }

    private static ExportRow exportRow(Row r) {
        String rating = r.getString("rating");
        return new ExportRow(r.getString("tracking_no"), OpinionState.valueOf(r.getString("state")), OpinionKind.valueOf(r.getString("kind")),
                r.getLong("category_id"), r.getString("title"), r.getLong("station_id"), r.getLong("deputy_id"), r.getLong("department_id"),
                r.getOffsetDateTime("created_at"), r.getOffsetDateTime("due_at"), r.getValue("supervised_at") != null,
                r.getOffsetDateTime("first_replied_at"), r.getBoolean("replied_on_time"), rating == null ? null : Rating.valueOf(rating));
    }
}
