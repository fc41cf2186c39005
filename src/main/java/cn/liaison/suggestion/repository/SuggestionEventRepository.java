package cn.liaison.suggestion.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.suggestion.SuggestionEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class SuggestionEventRepository implements PanacheRepositoryBase<SuggestionEvent, Long> {

    public Uni<List<SuggestionEvent>> timeline(long suggestionId, boolean withInternal) {
        return withInternal
                ? list("suggestionId = ?1 order by seq", suggestionId)
                : list("suggestionId = ?1 and visibility = 'PUBLIC' order by seq", suggestionId);
    }

    /** The sequence number of the suggestion's next event; its row stays locked, so two writers take turns. */
    public Uni<Integer> nextSeq(long suggestionId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select id from suggestions where id = :id for update")
                        .setParameter("id", suggestionId).getResultList())
                .chain(() -> find("select max(seq) from SuggestionEvent where suggestionId = ?1", suggestionId).project(Integer.class)
                        .<Integer>firstResult())
                .map(last -> last == null ? 1 : last + 1);
    }
}
