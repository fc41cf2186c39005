package cn.liaison.duty.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.persistence.PathMove;
import cn.liaison.duty.Reception;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ReceptionRepository implements PanacheRepositoryBase<Reception, Long> {

    /** Reception days of a station (or all) starting in [from, to), after the cursor keys; uses receptions_station_idx. */
    public Uni<List<Reception>> between(Long stationId, Instant from, Instant to, Instant afterStart, long afterId, int count) {
        Parameters parameters = Parameters.with("from", from).and("to", to).and("afterStart", afterStart).and("afterId", afterId);
        String station = "";
        if (stationId != null) {
            station = "stationId = :station and ";
            parameters.and("station", stationId);
        }
        return find(station + "startsAt >= :from and startsAt < :to and not cancelled"
                + " and (startsAt > :afterStart or (startsAt = :afterStart and id > :afterId)) order by startsAt, id", parameters)
                .range(0, count - 1).list();
    }

    public Uni<List<Long>> deputyIds(long receptionId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "select deputy_id from reception_deputies where reception_id = :id order by deputy_id", Long.class)
                .setParameter("id", receptionId).getResultList());
    }

    public Uni<Void> invite(long receptionId, List<Long> deputyIds) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                insert into reception_deputies (reception_id, deputy_id) select :id, unnest(cast(:deputies as bigint[]))""")
                .setParameter("id", receptionId).setParameter("deputies", deputyIds.toArray(Long[]::new)).executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Takes one place if one is left, atomically: the row lock serialises bookings of one reception,
     * so concurrent requests can never take more places than there are.
     */
    public Uni<Boolean> takePlace(long receptionId, Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                update receptions set booked = booked + 1
                 where id = :id and booked < capacity and not cancelled and starts_at > :now""")
                .setParameter("id", receptionId).setParameter("now", now).executeUpdate())
                .map(updated -> updated == 1);
    }

    public Uni<Void> releasePlace(long receptionId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "update receptions set booked = booked - 1 where id = :id and booked > 0")
                .setParameter("id", receptionId).executeUpdate())
                .replaceWithVoid();
    }

    /** Paths under {@code from} now begin with {@code to} (PathMove). */
    public Uni<Integer> followMove(String from, String to) {
        return update(PathMove.update(from), PathMove.arguments(from, to));
    }
}
