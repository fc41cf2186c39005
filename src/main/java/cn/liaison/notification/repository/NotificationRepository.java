package cn.liaison.notification.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import cn.liaison.notification.Letter;
import cn.liaison.notification.NotificationKind;
import cn.liaison.notification.Payloads;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The outbox: written in the caller's Hibernate transaction, sent by the dispatcher on the reactive pool. */
@ApplicationScoped
public class NotificationRepository {

    private final Pool pool;

    public NotificationRepository(Pool pool) {
        this.pool = pool;
    }

    /** The payload keeps this key order: the dispatcher and the data export read it as JSON text. */
    private static final String QUEUE = """
            insert into notifications (recipient_id, kind, opinion_id, payload, state, next_attempt_at, created_at)
            select l.recipient, l.kind, l.opinion,
                   json_strip_nulls(json_build_object('opinionId', l.opinion, 'suggestionId', l.suggestion, 'trackingNo', l.tracking_no,
                                     'title', l.title, 'state', l.state, 'note', l.note))::text,
                   'PENDING', :now, :now
              from unnest(cast(:recipients as bigint[]), cast(:kinds as text[]), cast(:opinions as bigint[]),
                          cast(:suggestions as bigint[]), cast(:trackingNos as text[]), cast(:titles as text[]), cast(:states as text[]), cast(:notes as text[]))
                   as l(recipient, kind, opinion, suggestion, tracking_no, title, state, note)""";

    public Uni<Void> queue(List<Letter> letters, Instant now) {
        if (letters.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(QUEUE)
                .setParameter("recipients", letters.stream().map(Letter::recipientId).toArray(Long[]::new))
                .setParameter("kinds", letters.stream().map(l -> l.notice().kind().name()).toArray(String[]::new))
                .setParameter("opinions", letters.stream().map(l -> l.notice().opinionId()).toArray(Long[]::new))
                .setParameter("suggestions", letters.stream().map(l -> l.notice().suggestionId()).toArray(Long[]::new))
                .setParameter("trackingNos", letters.stream().map(l -> l.notice().trackingNo()).toArray(String[]::new))
                .setParameter("titles", letters.stream().map(l -> l.notice().title()).toArray(String[]::new))
                .setParameter("states", letters.stream().map(l -> l.notice().state()).toArray(String[]::new))
                .setParameter("notes", letters.stream().map(l -> l.notice().note()).toArray(String[]::new))
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    /** A notification an instance holds until its claim runs out; {@code attempts} counts this one. */
    public record Claimed(long id, long recipientId, NotificationKind kind, JsonNode payload, int attempts) {
    }

    private static final String CLAIM = """
            update notifications n set attempts = n.attempts + 1, next_attempt_at = $2
              from (select id from notifications where state = 'PENDING' and next_attempt_at <= $1
                     order by next_attempt_at limit $3 for update skip locked) due
             where n.id = due.id
            returning n.id, n.recipient_id, n.kind, n.payload, n.attempts""";

    /**
     * Claims up to {@code batch} notifications due at {@code now} until {@code claimedUntil}: locked
     * rows are skipped, so no two instances claim the same one.
     */
    public Uni<List<Claimed>> claim(Instant now, Instant claimedUntil, int batch) {
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(now.atOffset(ZoneOffset.UTC), claimedUntil.atOffset(ZoneOffset.UTC), batch))
                .map(rows -> {
                    List<Claimed> claimed = new ArrayList<>();
                    rows.forEach(r -> claimed.add(new Claimed(r.getLong("id"), r.getLong("recipient_id"),
                            NotificationKind.valueOf(r.getString("kind")), Payloads.parse(r.getString("payload")), r.getInteger("attempts"))));
                    return claimed;
                });
    }

    /** Delivered by {@code channel}, unless another claim has taken it since. */
    public Uni<Void> delivered(Claimed n, String channel, Instant at, String note) {
        return pool.preparedQuery("update notifications set state = 'DELIVERED', channel = $3, delivered_at = $4, last_error = $5"
                + " where id = $1 and attempts = $2")
                .execute(Tuple.of(n.id(), n.attempts(), channel, at.atOffset(ZoneOffset.UTC), note))
                .replaceWithVoid();
    }

    /** Tried again at {@code next}, or parked for an admin to look at; unless another claim has taken it since. */
    public Uni<Void> retryOrPark(Claimed n, boolean park, Instant next, String error) {
        return pool.preparedQuery("update notifications set state = $3, next_attempt_at = $4, last_error = $5"
                + " where id = $1 and attempts = $2")
                .execute(Tuple.of(n.id(), n.attempts(), park ? "PARKED" : "PENDING", next.atOffset(ZoneOffset.UTC), error))
                .replaceWithVoid();
    }
}
