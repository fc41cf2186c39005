package cn.liaison.opinion.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.OpinionEvent;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.repository.OpinionEventRepository;
import cn.liaison.platform.time.ApiTime;
import io.smallrye.mutiny.Uni;

/** Writes an opinion's timeline and reads it back as the caller may see it. */
@ApplicationScoped
public class OpinionJournal {

    private final OpinionEventRepository events;

    public OpinionJournal(OpinionEventRepository events) {
        this.events = events;
    }

    /** Appends an event as the next of its opinion; call in the transaction of the change it records. */
    public Uni<OpinionEvent> append(OpinionEvent event) {
        return events.append(event);
    }

    public Uni<List<OpinionViews.Event>> timeline(long opinionId, boolean withInternal) {
        return events.timeline(opinionId, withInternal).map(list -> list.stream().map(OpinionJournal::view).toList());
    }

    static OpinionViews.Event view(OpinionEvent e) {
        return new OpinionViews.Event(e.seq, e.type, e.stateBefore, e.stateAfter, e.actorRole, e.note, e.photoIds, e.visibility,
                ApiTime.of(e.createdAt));
    }
}
