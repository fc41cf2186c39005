package cn.liaison.directory.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.persistence.PathMove;
import cn.liaison.directory.Deputy;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class DeputyRepository implements PanacheRepositoryBase<Deputy, Long> {

    public Uni<Deputy> findByRosterKey(String rosterKey) {
        return find("rosterKey", rosterKey).firstResult();
    }

    public Uni<Deputy> findByUser(long userId) {
        return find("userId", userId).firstResult();
    }

    /** How many of {@code deputyIds} serve {@code stationId}. */
    public Uni<Long> deputiesServing(long stationId, List<Long> deputyIds) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                select count(*) from deputy_stations ds join deputies d on d.id = ds.deputy_id
                 where ds.station_id = :station and d.active and ds.deputy_id = any(cast(:deputies as bigint[]))""", Long.class)
                .setParameter("station", stationId).setParameter("deputies", deputyIds.toArray(Long[]::new)).getSingleResult());
    }

    /** The deputy's stations, primary first. */
    public Uni<List<Long>> stationIds(Deputy deputy) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "select station_id from deputy_stations where deputy_id = :deputy order by (station_id = :primary) desc, station_id",
                Long.class).setParameter("deputy", deputy.id).setParameter("primary", deputy.primaryStationId).getResultList());
    }

    /** Makes {@code stationIds} the deputy's stations, exactly. */
    public Uni<Void> placeAt(long deputyId, List<Long> stationIds) {
        return Panache.getSession().flatMap(session -> session.flush()
                .chain(() -> session.createNativeQuery("delete from deputy_stations where deputy_id = :deputy")
                        .setParameter("deputy", deputyId).executeUpdate())
                .chain(() -> session.createNativeQuery("""
                        insert into deputy_stations (deputy_id, station_id)
                        select :deputy, unnest(cast(:stations as bigint[]))""")
                        .setParameter("deputy", deputyId).setParameter("stations", stationIds.toArray(Long[]::new))
                        .executeUpdate()))
                .replaceWithVoid();
    }

    /** The accounts of those of {@code deputyIds} who bound one, by deputy id. */
    public Uni<Map<Long, Long>> accounts(Collection<Long> deputyIds) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "select id, user_id from deputies where id = any(cast(:ids as bigint[])) and user_id is not null", Object[].class)
                .setParameter("ids", deputyIds.toArray(Long[]::new)).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue())));
    }

    /** Paths under {@code from} now begin with {@code to} (PathMove). */
    public Uni<Integer> followMove(String from, String to) {
        return update(PathMove.update(from), PathMove.arguments(from, to));
    }
}
