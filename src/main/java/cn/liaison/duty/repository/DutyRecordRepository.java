package cn.liaison.duty.repository;

import static cn.liaison.platform.persistence.PlanReusingPool.plannedForItsValues;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.persistence.PathMove;
import cn.liaison.duty.DutyRecord;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import cn.liaison.platform.persistence.Sql;

@ApplicationScoped
@WithSession
public class DutyRecordRepository implements PanacheRepositoryBase<DutyRecord, Long> {

    private static final String NEWEST_PUBLISHED_FIRST = " and state = 'PUBLISHED'"
            + " and (publishedAt < :beforeTime or (publishedAt = :beforeTime and id < :beforeId))"
            + " order by publishedAt desc, id desc";

    /** Published records of a deputy, newest first; uses duty_records_deputy_public_idx. */
    public Uni<List<DutyRecord>> publishedOfDeputy(long deputyId, Instant beforeTime, long beforeId, int count) {
        return find("deputyId = :owner" + NEWEST_PUBLISHED_FIRST,
                Parameters.with("owner", deputyId).and("beforeTime", beforeTime).and("beforeId", beforeId))
                .range(0, count - 1).list();
    }

    /** Published records at a station, newest first; uses duty_records_station_public_idx. */
    public Uni<List<DutyRecord>> publishedAtStation(long stationId, Instant beforeTime, long beforeId, int count) {
        return find("stationId = :owner" + NEWEST_PUBLISHED_FIRST,
                Parameters.with("owner", stationId).and("beforeTime", beforeTime).and("beforeId", beforeId))
                .range(0, count - 1).list();
    }

    /** All of a deputy's records, newest first; uses duty_records_deputy_idx. */
    public Uni<List<DutyRecord>> ofDeputy(long deputyId, long beforeId, int count) {
        return find("deputyId = ?1 and id < ?2 order by id desc", deputyId, beforeId).range(0, count - 1).list();
    }

    /** Submitted records waiting for review within a region prefix (all when null), oldest first. */
    public Uni<List<DutyRecord>> awaitingReview(String scopePrefix, long afterId, int count) {
        if (scopePrefix == null) {
            return find("state = 'SUBMITTED' and id > ?1 order by id", afterId).range(0, count - 1).list();
        }
        return find("state = 'SUBMITTED' and regionPath like " + Sql.pathPrefix(scopePrefix) + " and id > ?1 order by id", afterId)
                .range(0, count - 1).list();
    }

    /** Whether the photo is attached to a duty record under {@code scopePrefix} ("" for anywhere). */
    public Uni<Boolean> holdsPhotoWithin(long mediaId, String scopePrefix) {
        return Panache.getSession().chain(session -> session.createNativeQuery(plannedForItsValues("""
                select exists (select 1 from duty_records where region_path like :scope
                                  and cast(:id as bigint) = any(cast(string_to_array(nullif(photo_ids, ''), ',') as bigint[])))"""),
                Boolean.class).setParameter("scope", scopePrefix + "%").setParameter("id", mediaId).getSingleResult());
    }

    /** Paths under {@code from} now begin with {@code to} (PathMove). */
    public Uni<Integer> followMove(String from, String to) {
        return update(PathMove.update(from), PathMove.arguments(from, to));
    }
}
