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
}
