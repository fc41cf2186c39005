package cn.liaison.opinion.repository;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.Opinion;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class OpinionRepository implements PanacheRepositoryBase<Opinion, Long> {

    /** The next number of the day, race-free across instances (one row per day, upserted). */
    public Uni<Integer> nextNumberOf(LocalDate day) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                insert into tracking_counters (day, last) values (:day, 1)
                on conflict (day) do update set last = tracking_counters.last + 1
                returning last""", Integer.class).setParameter("day", day).getSingleResult());
    }

    /** Whether the category exists and new opinions may still name it. */
    public Uni<Boolean> categoryActive(long id) {
        return exists("select count(*) from categories where id = :id and active", id);
    }

    /** Whether the department exists and opinions may still be transferred to it. */
    public Uni<Boolean> departmentActive(long id) {
        return exists("select count(*) from departments where id = :id and active", id);
    }

    /** Whether {@code submitterId} sent an opinion that was merged into {@code opinionId}. */
    public Uni<Boolean> mergedFrom(long submitterId, long opinionId) {
        return count("mergedIntoId = ?1 and submitterId = ?2", opinionId, submitterId).map(n -> n > 0);
    }

    private static Uni<Boolean> exists(String count, long id) {
        return Panache.getSession().chain(session -> session.createNativeQuery(count, Long.class).setParameter("id", id)
                .getSingleResult()).map(n -> n > 0);
    }
}
