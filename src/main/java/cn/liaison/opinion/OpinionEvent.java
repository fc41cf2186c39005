package cn.liaison.opinion;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.liaison.platform.persistence.IdList;

/** One thing that happened to an opinion: the timeline. Append-only. */
@Entity
@Table(name = "opinion_events")
public class OpinionEvent {

    public enum Visibility {
        /** the citizen sees it */ PUBLIC,
        /** staff and the assigned deputy only */ INTERNAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "opinion_id")
    public Long opinionId;

    public int seq;

    @Enumerated(EnumType.STRING)
    public EventType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_before")
    public OpinionState stateBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after")
    public OpinionState stateAfter;

    @Column(name = "actor_id")
    public Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role")
    public ActorRole actorRole;

    public String note;

    /** Photos a citizen added with a follow-up. */
    @Convert(converter = IdList.class)
    @Column(name = "photo_ids")
    public List<Long> photoIds = List.of();

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    @Column(name = "created_at")
    public Instant createdAt;

    /** An entry for the opinion as it stands after the change, which left {@code before} behind; public, by nobody yet. */
    public static OpinionEvent on(Opinion opinion, EventType type, OpinionState before, Instant at) {
        OpinionEvent event = new OpinionEvent();
        event.opinionId = opinion.id;
        event.type = type;
        event.stateBefore = before;
        event.stateAfter = opinion.state;
        event.visibility = Visibility.PUBLIC;
        event.createdAt = at;
        return event;
    }

    public OpinionEvent by(Long actor, ActorRole role) {
        actorId = actor;
        actorRole = role;
        return this;
    }

    public OpinionEvent saying(String text, List<Long> photos) {
        note = text;
        photoIds = photos;
        return this;
    }

    public OpinionEvent seenBy(Visibility audience) {
        visibility = audience;
        return this;
    }
}
