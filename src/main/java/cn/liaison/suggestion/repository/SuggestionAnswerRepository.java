package cn.liaison.suggestion.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.suggestion.SuggestionAnswer;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class SuggestionAnswerRepository implements PanacheRepositoryBase<SuggestionAnswer, Long> {

    /** Every answer of every round, oldest first. */
    public Uni<List<SuggestionAnswer>> of(long suggestionId) {
        return list("suggestionId = ?1 order by round, answeredAt, id", suggestionId);
    }
}
