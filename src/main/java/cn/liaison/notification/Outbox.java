package cn.liaison.notification;

import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes notifications into the outbox inside the caller's Hibernate transaction, so a change and
 * the news of it commit or fail together. The payload is read from the opinion row as it stands
 * (flush first), in the same shape the sweep writes with {@link #PAYLOAD}.
 */
@ApplicationScoped
public class Outbox {

    /** The payload of a notification about opinion {@code o}, as JSON text; {@code note} is bound by the statement. */
    public static final String PAYLOAD = "json_build_object('opinionId', o.id, 'trackingNo', o.tracking_no, 'title', o.title,"
            + " 'state', o.state, 'note', %s)::text";

    /**
     * Staff who answer for an opinion: those of the nearest office above it (the longest region path
     * that contains the opinion's), so a village's overdue item reaches its township, not every office.
     */
    public static final String RESPONSIBLE_STAFF = """
            with office as (
                select u.id, r.path from users u join regions r on r.id = u.region_id
                 where u.username is not null and u.roles like '%%STAFF%%' and not u.disabled and u.deleted_at is null
                   and %1$s like r.path || '%%')
            select id from office where length(path) = (select max(length(path)) from office)""";

    private static final String INSERT = "insert into notifications (recipient_id, kind, opinion_id, payload, state, next_attempt_at, created_at)"
            + " select %s, :kind, o.id, " + PAYLOAD.formatted("cast(:note as text)") + ", 'PENDING', :now, :now from opinions o, %s"
            + " where o.id = :opinionId and %s";
    private static final String TO_USER = INSERT.formatted("u.id", "users u", "u.id = :recipient and u.deleted_at is null");
    private static final String TO_DEPUTY = INSERT.formatted("d.user_id", "deputies d", "d.id = :recipient and d.user_id is not null");

    /** Tells one user about an opinion. */
    public Uni<Void> toUser(long userId, NotificationKind kind, long opinionId, String note, Instant now) {
        return insert(TO_USER, kind, opinionId, note, now, userId);
    }

    /** Tells the deputy with id {@code deputyId}, once they have bound their account; nobody before. */
    public Uni<Void> toDeputy(long deputyId, NotificationKind kind, long opinionId, String note, Instant now) {
        return insert(TO_DEPUTY, kind, opinionId, note, now, deputyId);
    }

    private Uni<Void> insert(String sql, NotificationKind kind, long opinionId, String note, Instant now, long recipient) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter("recipient", recipient)
                .setParameter("kind", kind.name())
                .setParameter("opinionId", opinionId)
                .setParameter("note", note)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }
}
