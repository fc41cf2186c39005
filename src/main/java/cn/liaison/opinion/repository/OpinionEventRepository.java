package cn.liaison.opinion.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.casework.repository.Timelines;
import cn.liaison.opinion.OpinionEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class OpinionEventRepository implements PanacheRepositoryBase<OpinionEvent, Long> {

    /**
     * The opinion's row lock is {@code for no key update}: it does not wait for the key-share locks
     * that inserting a reply or event referencing the opinion takes, so two writers of one opinion
     * queue on it in the same order instead of each holding a lock the other needs (PostgreSQL's 40P01).
     */
    private static final Timelines.Table<OpinionEvent> TIMELINE = new Timelines.Table<>(OpinionEvent.class, "opinionId", "opinions",
            "for no key update");

    public Uni<List<OpinionEvent>> timeline(long opinionId, boolean withInternal) {
        return Timelines.of(TIMELINE, opinionId, withInternal);
    }

    /** Takes the opinion's row lock; every step takes it first, before it writes anything. */
    public Uni<Void> lock(long opinionId) {
        return Timelines.lock(TIMELINE, opinionId);
    }

    /** Writes the event as the next of its opinion's timeline, in the transaction of the change it records. */
    public Uni<OpinionEvent> append(OpinionEvent event) {
        return Timelines.append(TIMELINE, event.opinionId, event);
    }
}
