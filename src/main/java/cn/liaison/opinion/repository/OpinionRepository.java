package cn.liaison.opinion.repository;

import java.time.LocalDate;
import java.util.List;

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

    /** A citizen's opinions, newest first; uses opinions_submitter_idx. */
    public Uni<List<Opinion>> ofSubmitter(long userId, long beforeId, int count) {
        return find("submitterId = ?1 and id < ?2 order by id desc", userId, beforeId).range(0, count - 1).list();
    }

    /** Opinions assigned to a deputy, newest first; uses opinions_deputy_idx. */
    public Uni<List<Opinion>> ofDeputy(long deputyId, long beforeId, int count) {
        return find("deputyId = ?1 and id < ?2 order by id desc", deputyId, beforeId).range(0, count - 1).list();
    }
}
