package cn.liaison.notification.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.notification.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The outbox's writes, in the caller's Hibernate transaction. */
@ApplicationScoped
public class NotificationRepository {

    /** The payload keeps this key order: the dispatcher and the data export read it as JSON text. */
    private static final String QUEUE = """
            insert into notifications (recipient_id, kind, opinion_id, payload, state, next_attempt_at, created_at)
            select l.recipient, l.kind, l.opinion,
                   json_build_object('opinionId', l.opinion, 'trackingNo', l.tracking_no, 'title', l.title, 'state', l.state,
                                     'note', l.note)::text,
                   'PENDING', :now, :now
              from unnest(cast(:recipients as bigint[]), cast(:kinds as text[]), cast(:opinions as bigint[]),
                          cast(:trackingNos as text[]), cast(:titles as text[]), cast(:states as text[]), cast(:notes as text[]))
                   as l(recipient, kind, opinion, tracking_no, title, state, note)""";

    public Uni<Void> queue(List<Outbox.Letter> letters, Instant now) {
        if (letters.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(QUEUE)
                .setParameter("recipients", letters.stream().map(Outbox.Letter::recipientId).toArray(Long[]::new))
                .setParameter("kinds", letters.stream().map(l -> l.notice().kind().name()).toArray(String[]::new))
                .setParameter("opinions", letters.stream().map(l -> l.notice().opinionId()).toArray(Long[]::new))
                .setParameter("trackingNos", letters.stream().map(l -> l.notice().trackingNo()).toArray(String[]::new))
                .setParameter("titles", letters.stream().map(l -> l.notice().title()).toArray(String[]::new))
                .setParameter("states", letters.stream().map(l -> l.notice().state()).toArray(String[]::new))
                .setParameter("notes", letters.stream().map(l -> l.notice().note()).toArray(String[]::new))
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }
}
