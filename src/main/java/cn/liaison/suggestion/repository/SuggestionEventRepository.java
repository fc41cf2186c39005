package cn.liaison.suggestion.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.casework.repository.Timelines;
import cn.liaison.suggestion.SuggestionEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class SuggestionEventRepository implements PanacheRepositoryBase<SuggestionEvent, Long> {

    private static final Timelines.Table<SuggestionEvent> TIMELINE = new Timelines.Table<>(SuggestionEvent.class, "suggestionId",
            "suggestions", "for update");

    public Uni<List<SuggestionEvent>> timeline(long suggestionId, boolean withInternal) {
        return Timelines.of(TIMELINE, suggestionId, withInternal);
    }

    /** Writes the event as the next of its suggestion's timeline; the suggestion's row stays locked, so two writers take turns. */
    public Uni<SuggestionEvent> append(SuggestionEvent event) {
        return Timelines.append(TIMELINE, event.suggestionId, event);
    }
}
