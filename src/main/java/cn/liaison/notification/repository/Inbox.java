package cn.liaison.notification.repository;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import cn.liaison.notification.InboxViews.Notification;
import cn.liaison.notification.InboxViews.Parked;
import cn.liaison.notification.InboxViews.UnreadCount;
import cn.liaison.notification.NotificationKind;
import cn.liaison.notification.Payloads;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.persistence.Sql;
import cn.liaison.platform.time.ApiTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The in-app inbox: every notification of the user, newest first, whichever way it was delivered
 * ({@code channel} tells), so nothing depends on a consent the user may not have given.
 */
@ApplicationScoped
public class Inbox {

    private static final String COLUMNS = "select id, kind, opinion_id, payload, state, channel, attempts, last_error, created_at, read_at"
            + " from notifications";

    private final Pool pool;
    private final Clock clock;

    public Inbox(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<Page<Notification>> of(long userId, boolean unreadOnly, String cursor, int limit) {
        Sql sql = new Sql(COLUMNS).and("recipient_id = ?", userId);
        if (unreadOnly) {
            sql.and("read_at is null");
        }
        if (cursor != null) {
            sql.and("id < ?", Cursor.longKey(cursor));
        }
        sql.then("order by id desc").limit(limit + 1);
        return page(sql, limit, Inbox::view);
    }

    public Uni<UnreadCount> unread(long userId) {
        return pool.preparedQuery("select count(*) from notifications where recipient_id = $1 and read_at is null")
                .execute(Tuple.of(userId)).map(rows -> new UnreadCount(rows.iterator().next().getLong(0)));
    }

    /** Marks one as read; someone else's notification is not found. Reading twice changes nothing. */
    public Uni<Notification> markRead(long userId, long id) {
        return pool.preparedQuery("update notifications set read_at = coalesce(read_at, $3) where id = $1 and recipient_id = $2"
                + " returning id, kind, opinion_id, payload, state, channel, attempts, last_error, created_at, read_at")
                .execute(Tuple.of(id, userId, now())).map(rows -> {
                    if (rows.size() == 0) {
                        throw ApiException.notFound();
                    }
                    return view(rows.iterator().next());
                });
    }

    public Uni<Void> markAllRead(long userId) {
        return pool.preparedQuery("update notifications set read_at = $2 where recipient_id = $1 and read_at is null")
                .execute(Tuple.of(userId, now())).replaceWithVoid();
    }

    public Uni<Page<Parked>> parked(String cursor, int limit) {
        Sql sql = new Sql(COLUMNS).and("state = 'PARKED'");
        if (cursor != null) {
            sql.and("id < ?", Cursor.longKey(cursor));
        }
        sql.then("order by id desc").limit(limit + 1);
        return page(sql, limit, r -> new Parked(view(r), r.getInteger("attempts"), r.getString("last_error")));
    }

    /** Puts a parked notification back in the outbox with fresh attempts. */
    public Uni<Parked> resend(long id) {
        return pool.preparedQuery("update notifications set state = 'PENDING', attempts = 0, next_attempt_at = $2, last_error = null"
                + " where id = $1 and state = 'PARKED'"
                + " returning id, kind, opinion_id, payload, state, channel, attempts, last_error, created_at, read_at")
                .execute(Tuple.of(id, now())).map(rows -> {
                    if (rows.size() == 0) {
                        throw ApiException.notFound();
                    }
                    Row r = rows.iterator().next();
                    return new Parked(view(r), r.getInteger("attempts"), r.getString("last_error"));
                });
    }

    private <T> Uni<Page<T>> page(Sql sql, int limit, java.util.function.Function<Row, T> view) {
        return pool.preparedQuery(sql.text()).execute(sql.values()).map(rows -> {
            List<Row> list = new ArrayList<>();
            rows.forEach(list::add);
            return Page.of(list, limit, view, r -> Cursor.of(r.getLong("id")));
        });
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }

    private static Notification view(Row r) {
        NotificationKind kind = NotificationKind.valueOf(r.getString("kind"));
        JsonNode payload = Payloads.parse(r.getString("payload"));
        OffsetDateTime read = r.getOffsetDateTime("read_at");
        JsonNode suggestion = payload.path("suggestionId");
        return new Notification(r.getLong("id"), kind, kind.label(), r.getLong("opinion_id"), suggestion.isMissingNode() ? null : suggestion.asLong(),
                payload.path("trackingNo").asText(null), payload.path("title").asText(null), payload.path("note").asText(null),
                r.getString("state"), r.getString("channel"), ApiTime.of(r.getOffsetDateTime("created_at").toInstant()),
                read == null ? null : ApiTime.of(read.toInstant()));
    }
}
