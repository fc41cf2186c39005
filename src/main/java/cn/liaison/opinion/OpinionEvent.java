package cn.liaison.opinion;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.liaison.casework.CaseEvent;
import cn.liaison.platform.persistence.IdList;

/** One thing that happened to an opinion: the timeline. Append-only. */
@Entity
@Table(name = "opinion_events")
public class OpinionEvent extends CaseEvent<OpinionState, ActorRole, EventType, OpinionEvent> {

    @Column(name = "opinion_id")
    public Long opinionId;

    /** Photos a citizen added with a follow-up. */
    @Convert(converter = IdList.class)
    @Column(name = "photo_ids")
    public List<Long> photoIds = List.of();

    /** An entry for the opinion as it stands after the change, which left {@code before} behind; public, by nobody yet. */
    public static OpinionEvent on(Opinion opinion, EventType type, OpinionState before, Instant at) {
        OpinionEvent event = new OpinionEvent();
        event.opinionId = opinion.id;
        return event.happened(type, before, opinion.state, at);
    }

    public OpinionEvent saying(String text, List<Long> photos) {
        note = text;
        photoIds = photos;
        return this;
    }
}
