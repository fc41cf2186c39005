package cn.liaison.opinion.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.Deputies;
import cn.liaison.notification.Notice;
import cn.liaison.notification.NotificationKind;
import cn.liaison.notification.Outbox;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.OpinionAction;
import cn.liaison.opinion.OpinionState;
import io.smallrye.mutiny.Uni;

/** Who hears of an action on an opinion (SPEC §3), written to the outbox in the action's transaction. */
@ApplicationScoped
public class OpinionNews {

    private final Outbox outbox;
    private final Deputies deputies;

    public OpinionNews(Outbox outbox, Deputies deputies) {
        this.outbox = outbox;
        this.deputies = deputies;
    }

    public Uni<Void> announce(OpinionAction action, Opinion o, String note, Instant now) {
        return switch (action) {
            case ACCEPT -> toSubmitter(o, NotificationKind.OPINION_ACCEPTED, null, now);
            case REJECT -> toSubmitter(o, NotificationKind.OPINION_REJECTED, note, now);
            case REPLY -> toSubmitter(o, NotificationKind.OPINION_REPLIED, null, now);
            case ASSIGN -> toDeputy(o, null, now);
            // An unsatisfied citizen sends the work back to the deputy who has it.
            case RATE -> o.state == OpinionState.IN_PROGRESS ? toDeputy(o, note, now) : Uni.createFrom().voidItem();
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> toSubmitter(Opinion o, NotificationKind kind, String note, Instant now) {
        return outbox.send(o.submitterId, notice(o, kind, note), now);
    }

    /** The assigned deputy hears once they have bound their account; nobody before. */
    private Uni<Void> toDeputy(Opinion o, String note, Instant now) {
        if (o.deputyId == null) {
            return Uni.createFrom().voidItem();
        }
        return deputies.byId(o.deputyId).chain(deputy -> deputy == null || deputy.userId() == null ? Uni.createFrom().voidItem()
                : outbox.send(deputy.userId(), notice(o, NotificationKind.OPINION_ASSIGNED, note), now));
    }

    private static Notice notice(Opinion o, NotificationKind kind, String note) {
        return new Notice(kind, o.id, o.trackingNo, o.title, o.state.name(), note);
    }
}
