package cn.liaison.suggestion.repository;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.persistence.PathMove;
import cn.liaison.suggestion.Suggestion;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class SuggestionRepository implements PanacheRepositoryBase<Suggestion, Long> {

    /**
     * The next number of the year and sitting ({@code ""} between sessions), race-free across
     * instances: the counter's row stays locked until the acceptance that took it commits.
     */
    public Uni<Integer> nextNumber(int year, String sitting) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                insert into suggestion_numbers (year, sitting, last) values (:year, :sitting, 1)
                on conflict (year, sitting) do update set last = suggestion_numbers.last + 1
                returning last""", Integer.class).setParameter("year", year).setParameter("sitting", sitting).getSingleResult());
    }

    /** Paths under {@code from} now begin with {@code to} (PathMove). */
    public Uni<Integer> followMove(String from, String to) {
        return update(PathMove.update(from), PathMove.arguments(from, to));
    }
}
