package cn.liaison.opinion.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.Deputies;
import cn.liaison.identity.Caller;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.OpinionKind;
import cn.liaison.opinion.OpinionState;
import cn.liaison.opinion.repository.OpinionRepository;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.error.Failures;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.persistence.PlanReusingPool;
import cn.liaison.platform.persistence.Sql;
import cn.liaison.platform.ratelimit.RateLimiter;
import cn.liaison.platform.time.ApiTime;
import cn.liaison.region.Regions;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reading opinions: one as the caller may see it, the timeline, and the lists of citizens, deputies and staff. */
@ApplicationScoped
public class OpinionQueries {

    private static final String SUMMARY_COLUMNS =
            "select o.id, o.tracking_no, o.state, o.kind, o.title, o.station_id, o.deputy_id, o.flagged, o.supervised_at, o.due_at, o.created_at";


    private final OpinionRepository opinions;
    private final Deputies deputies;
    private final OpinionAccess access;
    private final OpinionJournal journal;
    private final OpinionDetails details;
    private final RateLimiter rateLimiter;
    private final Pool pool;
    private final Pool searches;
    private final Regions regions;
    private final GramStatistics statistics;
    private final LookupCodes lookupCodes;
    private final Clock clock;

    public OpinionQueries(OpinionRepository opinions, Deputies deputies, OpinionAccess access, OpinionJournal journal,
            OpinionDetails details, RateLimiter rateLimiter, Pool pool, @ReactiveDataSource(PlanReusingPool.SEARCHES) Pool searches,
            Regions regions, GramStatistics statistics, LookupCodes lookupCodes, Clock clock) {
        this.opinions = opinions;
        this.deputies = deputies;
        this.access = access;
        this.journal = journal;
        this.details = details;
        this.rateLimiter = rateLimiter;
        this.pool = pool;
        this.searches = searches;
        this.regions = regions;
        this.statistics = statistics;
        this.lookupCodes = lookupCodes;
        this.clock = clock;
    }

    @WithSession
    public Uni<OpinionViews.Detail> show(Caller caller, long id) {
        return visible(caller, id).chain(seen -> details.of(seen.opinion(), seen.standing(), null));
    }

    @WithSession
    public Uni<List<OpinionViews.Event>> timeline(Caller caller, long id) {
        return visible(caller, id).chain(seen -> journal.timeline(id, seen.standing().seesInternal()));
    }

    private Uni<Seen> visible(Caller caller, long id) {
        return opinions.findById(id).chain(o -> o == null ? Uni.createFrom().failure(ApiException.notFound())
                : access.standing(caller, o).map(standing -> {
                    if (standing == null) {
                        throw ApiException.notFound();
                    }
                    return new Seen(o, standing);
                }));
    }

    /** A citizen's own opinions, newest first; uses opinions_submitter_idx. */
    public Uni<Page<OpinionViews.Summary>> mine(Caller caller, String cursor, int limit) {
        return newestFirst("o.submitter_id = ?", caller.userId(), cursor, limit);
    }

    /** Opinions assigned to the signed-in deputy, newest first; uses opinions_deputy_idx. */
    public Uni<Page<OpinionViews.Summary>> assignedTo(Caller caller, String cursor, int limit) {
        return deputies.ofUser(caller.userId())
                .onItem().ifNull().failWith(() -> new ApiException(ErrorCode.FORBIDDEN))
                .chain(deputy -> newestFirst("o.deputy_id = ?", deputy.id(), cursor, limit));
    }

    private Uni<Page<OpinionViews.Summary>> newestFirst(String owner, long ownerId, String cursor, int limit) {
        long before = cursor == null ? Long.MAX_VALUE : Cursor.longKey(cursor);
        Sql sql = selectSummaries().and(owner, ownerId).and("o.id < ?", before)
                .then("order by o.id desc").limit(limit + 1);
        return summaries(pool, sql, limit, r -> Cursor.of(r.getLong("id")));
    }

    /**
     * The staff queue within scope, by deadline; keyset on (deadline, id). A search walks the
     * deadline order when every piece of its phrase is common, and reads its index first when one
     * is rare (GramStatistics). A walk that finds its page too slowly, a phrase rare as a whole but
     * made of common pieces, is stopped by the searches pool's statement timeout and read from the
     * index.
     */
    public Uni<Page<OpinionViews.Summary>> queue(Caller caller, StaffQueueFilter filter, String cursor, int limit) {
        SearchTerm term = filter.searchTerm();
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
        return filter.where(select, caller, Instant.now(clock), regions).chain(sql -> {
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
            return summaries(via, sql, limit, r -> Cursor.of(r.getOffsetDateTime("due_at"), r.getLong("id")));
        });
    }

    private static Sql selectSummaries() {
        return new Sql(SUMMARY_COLUMNS + " from opinions o where true");
    }

    private Uni<Page<OpinionViews.Summary>> summaries(Pool via, Sql sql, int limit, java.util.function.Function<Row, String> cursorOf) {
        return via.preparedQuery(sql.text()).execute(sql.values()).map(rows -> {
            List<Row> list = new ArrayList<>();
            rows.forEach(list::add);
            return Page.of(list, limit, OpinionQueries::summary, cursorOf);
        });
    }

    /** Status and public timeline of a confidential opinion, for someone calling from another phone. */
    @WithSession
    public Uni<OpinionViews.Status> lookup(String trackingNo, String code, String clientAddress) {
        return rateLimiter.hit("opinion-lookup", clientAddress)
                .chain(() -> opinions.find("trackingNo", trackingNo).<Opinion>firstResult())
                .chain(o -> {
                    if (o == null || o.lookupCodeHash == null) {
                        return Uni.createFrom().failure(ApiException.notFound());
                    }
                    if (lookupCodes.locked(o)) {
                        return Uni.createFrom().failure(new ApiException(ErrorCode.LOOKUP_CODE_LOCKED));
                    }
                    if (!lookupCodes.matches(o, code)) {
                        // Counted on a connection of its own: the failure below must not take the count back.
                        return pool.preparedQuery("update opinions set lookup_failures = lookup_failures + 1 where id = $1")
                                .execute(Tuple.of(o.id)).chain(() -> Uni.createFrom().failure(ApiException.notFound()));
                    }
                    return journal.timeline(o.id, false)
                            .map(events -> new OpinionViews.Status(o.trackingNo, o.state, o.title, ApiTime.of(o.createdAt), events));
                });
    }

    static OpinionViews.Summary summary(Row r) {
        Instant due = r.getOffsetDateTime("due_at").toInstant();
        return new OpinionViews.Summary(r.getLong("id"), r.getString("tracking_no"), OpinionState.valueOf(r.getString("state")),
                OpinionKind.valueOf(r.getString("kind")), r.getString("title"), r.getLong("station_id"), r.getLong("deputy_id"),
                r.getBoolean("flagged"), r.getValue("supervised_at") != null, due.equals(Opinion.NO_DEADLINE) ? null : ApiTime.of(due),
                ApiTime.of(r.getOffsetDateTime("created_at").toInstant()));
    }

    private record Seen(Opinion opinion, OpinionAccess.Standing standing) {
    }
}
