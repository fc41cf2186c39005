package cn.liaison.suggestion;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.liaison.casework.CaseEvent;
import cn.liaison.casework.Visibility;

/** One thing that happened to a suggestion: its timeline. Append-only; the office's notes are for the office. */
@Entity
@Table(name = "suggestion_events")
public class SuggestionEvent extends CaseEvent<SuggestionState, SuggestionRole, SuggestionEventType, SuggestionEvent> {

    @Column(name = "suggestion_id")
    public Long suggestionId;

    public static SuggestionEvent of(Suggestion s, SuggestionEventType type, SuggestionState before, Long actor, SuggestionRole role,
            String note, Instant at) {
        SuggestionEvent event = new SuggestionEvent();
        event.suggestionId = s.id;
        event.note = note;
        return event.happened(type, before, s.state, at).by(actor, role)
                .seenBy(type == SuggestionEventType.NOTE ? Visibility.INTERNAL : Visibility.PUBLIC);
    }
}
