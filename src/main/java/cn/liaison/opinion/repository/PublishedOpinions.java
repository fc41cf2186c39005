package cn.liaison.opinion.repository;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.casework.Visibility;
import cn.liaison.opinion.ActorRole;
import cn.liaison.opinion.BoardViews;
import cn.liaison.opinion.EventType;
import cn.liaison.opinion.OpinionEvent;
import cn.liaison.opinion.OpinionKind;
import cn.liaison.opinion.OpinionState;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.Redaction;
import cn.liaison.opinion.repository.search.OpinionRegions;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.persistence.IdList;
import cn.liaison.platform.persistence.Sql;
import cn.liaison.platform.time.ApiTime;
import cn.liaison.region.Regions;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads of the public board and support (附议). Only published opinions exist here; everything
 * shown comes from the redacted public text, and replies and the public timeline are redacted as
 * they are read (they may quote a phone number too).
 */
@ApplicationScoped
public class PublishedOpinions {

    private static final String SUMMARY = "select o.id, o.tracking_no, o.public_title, o.kind, o.category_id, o.station_id, o.state,"
            + " o.support_count, o.published_at from opinions o where o.published_at is not null";

    private final Pool pool;
    private final Regions regions;
    private final Clock clock;

    public PublishedOpinions(Pool pool, Regions regions, Clock clock) {
        this.pool = pool;
        this.regions = regions;
        this.clock = clock;
    }

    public Uni<Page<BoardViews.Summary>> list(Long categoryId, Long regionId, Long stationId, BoardViews.Order order, String cursor,
            int limit) {
        boolean newest = order != BoardViews.Order.MOST_SUPPORTED;
        // By support no index holds the region with the count: a prefix leaves PostgreSQL to choose, with
        // its statistics, between walking the counts and sorting the region's opinions.
        Uni<String> region = regions.filterPath(regionId)
                .map(path -> path == null ? null : newest ? OpinionRegions.under(path) : OpinionRegions.byPrefix(path));
        return region.chain(inRegion -> {
            Sql sql = new Sql(SUMMARY);
            if (inRegion != null) {
                sql.and(inRegion);
            }
            if (categoryId != null) {
                sql.and("o.category_id = ?", categoryId);
            }
            if (stationId != null) {
                sql.and("o.station_id = ?", stationId);
            }
            if (cursor != null) {
                String[] keys = Cursor.keys(cursor, 2);
                try {
                    if (newest) {
                        sql.and("(o.published_at, o.id) < (?, ?)", OffsetDateTime.parse(keys[0]), Long.parseLong(keys[1]));
                    } else {
                        sql.and("(o.support_count, o.id) < (?, ?)", Integer.parseInt(keys[0]), Long.parseLong(keys[1]));
                    }
                } catch (RuntimeException e) {
                    throw new ApiException(ErrorCode.INVALID_CURSOR);
                }
            }
            sql.then(newest ? "order by o.published_at desc, o.id desc" : "order by o.support_count desc, o.id desc").limit(limit + 1);
            return pool.preparedQuery(sql.text()).execute(sql.values()).map(rows -> {
                List<Row> list = new ArrayList<>();
                rows.forEach(list::add);
                return Page.of(list, limit, PublishedOpinions::summary, r -> newest
                        ? Cursor.of(r.getOffsetDateTime("published_at"), r.getLong("id"))
                        : Cursor.of(r.getInteger("support_count"), r.getLong("id")));
            });
        });
    }

    /** A published opinion with its replies and public timeline; anything else is not found. */
    public Uni<BoardViews.Detail> show(long id, Long viewerId) {
        return pool.preparedQuery("select o.*, exists (select 1 from opinion_supports s where s.opinion_id = o.id and s.user_id = $2)"
                + " as supported from opinions o where o.id = $1 and o.published_at is not null")
                .execute(Tuple.of(id, viewerId == null ? -1L : viewerId)).chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().failure(ApiException.notFound());
                    }
                    Row o = rows.iterator().next();
                    return replies(id).chain(replies -> events(id).map(events -> new BoardViews.Detail(o.getLong("id"),
                            o.getString("tracking_no"), o.getString("public_title"), o.getString("public_content"),
                            OpinionKind.valueOf(o.getString("kind")), o.getLong("category_id"), o.getLong("station_id"),
                            OpinionState.valueOf(o.getString("state")), o.getString("public_author"), o.getInteger("support_count"),
                            o.getBoolean("supported"), ApiTime.of(o.getOffsetDateTime("created_at").toInstant()),
                            ApiTime.of(o.getOffsetDateTime("published_at").toInstant()), replies, events)));
                });
    }

    /**
     * Adds the caller's support once: the unique (opinion, user) key decides, so a second tap or a
     * retried request changes nothing and answers the same count.
     */
    public Uni<BoardViews.Support> support(long userId, long id) {
        OffsetDateTime now = Instant.now(clock).atOffset(ZoneOffset.UTC);
        return pool.withTransaction(connection -> connection.preparedQuery("""
                with added as (
                    insert into opinion_supports (opinion_id, user_id, created_at)
                    select id, $2, $3 from opinions where id = $1 and published_at is not null
                    on conflict do nothing returning opinion_id)
                update opinions set support_count = support_count + 1 where id in (select opinion_id from added)""")
                .execute(Tuple.of(id, userId, now))
                .chain(() -> connection.preparedQuery("select support_count from opinions where id = $1 and published_at is not null")
                        .execute(Tuple.of(id))))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw ApiException.notFound();
                    }
                    return new BoardViews.Support(id, rows.iterator().next().getInteger(0), true);
                });
    }

    /**
     * Published opinions for an open-data feed, newest submitted first. The latest reply is read as
     * the board reads replies (its public text, redacted again); the department is named, since the
     * feed says who is responsible. Coordinates are rounded in the statement: ~110 m of latitude.
     */
    public Uni<List<BoardViews.Feed>> feed(BoardViews.FeedQuery query) {
        Sql sql = new Sql("""
                select o.id, o.tracking_no, o.public_title, o.public_content, o.category_id, o.station_id, d.name as department_name,
                    o.state, round(o.latitude::numeric, 3)::float8 as latitude, round(o.longitude::numeric, 3)::float8 as longitude,
                    (select coalesce(r.public_content, r.content) from opinion_replies r where r.opinion_id = o.id
                        order by r.id desc limit 1) as latest_reply,
                    o.created_at, o.updated_at, o.reply_due_at
                from opinions o left join departments d on d.id = o.department_id
                where o.published_at is not null""");
        if (!query.trackingNos().isEmpty()) {
            sql.and("o.tracking_no = any(?)", (Object) query.trackingNos().toArray(String[]::new));
        } else {
            sql.and("o.created_at >= ?", query.from().atOffset(ZoneOffset.UTC)).and("o.created_at <= ?", query.to().atOffset(ZoneOffset.UTC));
            if (!query.categoryIds().isEmpty()) {
                sql.and("o.category_id = any(?)", (Object) query.categoryIds().toArray(Long[]::new));
            }
            if (!query.states().isEmpty()) {
                sql.and("o.state = any(?)", (Object) query.states().stream().map(Enum::name).toArray(String[]::new));
            }
        }
        sql.then("order by o.created_at desc, o.id desc").limit(query.limit());
        return pool.preparedQuery(sql.text()).execute(sql.values()).map(rows -> {
            List<BoardViews.Feed> list = new ArrayList<>();
            rows.forEach(r -> list.add(new BoardViews.Feed(r.getLong("id"), r.getString("tracking_no"), r.getString("public_title"),
                    r.getString("public_content"), r.getLong("category_id"), r.getLong("station_id"), r.getString("department_name"),
                    OpinionState.valueOf(r.getString("state")), r.getDouble("latitude"), r.getDouble("longitude"),
                    Redaction.redact(r.getString("latest_reply"), List.of()), r.getOffsetDateTime("created_at").toInstant(),
                    r.getOffsetDateTime("updated_at").toInstant(),
                    r.getOffsetDateTime("reply_due_at") == null ? null : r.getOffsetDateTime("reply_due_at").toInstant())));
            return list;
        });
    }

    private Uni<List<OpinionViews.Reply>> replies(long id) {
        return pool.preparedQuery("select id, author_role, department_id, coalesce(public_content, content), photo_ids, created_at from opinion_replies"
                + " where opinion_id = $1 order by id").execute(Tuple.of(id)).map(rows -> {
                    List<OpinionViews.Reply> list = new ArrayList<>();
                    rows.forEach(r -> list.add(new OpinionViews.Reply(r.getLong(0), ActorRole.valueOf(r.getString(1)), r.getLong(2),
                            Redaction.redact(r.getString(3), List.of()), IdList.parse(r.getString(4)),
                            ApiTime.of(r.getOffsetDateTime(5).toInstant()))));
                    return list;
                });
    }

    /** The public timeline without notes: a citizen's follow-up or a reason may name people the board must not. */
    private Uni<List<OpinionViews.Event>> events(long id) {
        return pool.preparedQuery("select seq, type, state_before, state_after, actor_role, created_at from opinion_events"
                + " where opinion_id = $1 and visibility = 'PUBLIC' and type not in ('FOLLOW_UP') order by seq")
                .execute(Tuple.of(id)).map(rows -> {
                    List<OpinionViews.Event> list = new ArrayList<>();
                    rows.forEach(r -> list.add(new OpinionViews.Event(r.getInteger(0), EventType.valueOf(r.getString(1)), state(r.getString(2)),
                            state(r.getString(3)), ActorRole.valueOf(r.getString(4)), null, List.of(), Visibility.PUBLIC,
                            ApiTime.of(r.getOffsetDateTime(5).toInstant()))));
                    return list;
                });
    }

    private static OpinionState state(String name) {
        return name == null ? null : OpinionState.valueOf(name);
    }

    private static BoardViews.Summary summary(Row r) {
        return new BoardViews.Summary(r.getLong("id"), r.getString("tracking_no"), r.getString("public_title"),
                OpinionKind.valueOf(r.getString("kind")), r.getLong("category_id"), r.getLong("station_id"),
                OpinionState.valueOf(r.getString("state")), r.getInteger("support_count"),
                ApiTime.of(r.getOffsetDateTime("published_at").toInstant()));
    }
}
