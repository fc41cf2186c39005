package cn.liaison.suggestion;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing that happened to a suggestion: its timeline. Append-only. */
@Entity
@Table(name = "suggestion_events")
public class SuggestionEvent {

    public enum Visibility {
        /** the deputies see it */ PUBLIC,
        /** staff only */ INTERNAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "suggestion_id")
    public Long suggestionId;

    public int seq;

    @Enumerated(EnumType.STRING)
    public SuggestionEventType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_before")
    public SuggestionState stateBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after")
    public SuggestionState stateAfter;

    @Column(name = "actor_id")
    public Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role")
    public SuggestionRole actorRole;

    public String note;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    @Column(name = "created_at")
    public Instant createdAt;

    public static SuggestionEvent of(Suggestion s, SuggestionEventType type, SuggestionState before, Long actor, SuggestionRole role,
            String note, Instant at) {
        SuggestionEvent event = new SuggestionEvent();
        event.suggestionId = s.id;
        event.type = type;
        event.stateBefore = before;
        event.stateAfter = s.state;
        event.actorId = actor;
        event.actorRole = role;
        event.note = note;
        event.visibility = type == SuggestionEventType.NOTE ? Visibility.INTERNAL : Visibility.PUBLIC;
        event.createdAt = at;
        return event;
    }
}
