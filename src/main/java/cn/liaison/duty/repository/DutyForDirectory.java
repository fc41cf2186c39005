package cn.liaison.duty.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.DeputyActivity;
import cn.liaison.directory.StationAgenda;
import cn.liaison.directory.StationDetails;
import cn.liaison.duty.DutyType;
import cn.liaison.platform.time.ApiTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** What the directory shows of duty: a deputy's records and reception days, a station's coming reception days. */
@ApplicationScoped
public class DutyForDirectory implements DeputyActivity.Duty, StationAgenda {

    private final Pool pool;

    public DutyForDirectory(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<DeputyActivity.DutyCounts> between(long deputyId, LocalDate from, LocalDate to, Instant start, Instant heldBy) {
        return pool.preparedQuery("select type, count(*) from duty_records where deputy_id = $1 and state = 'PUBLISHED'"
                + " and occurred_on >= $2 and occurred_on < $3 group by type")
                .execute(Tuple.of(deputyId, from, to))
                .chain(byType -> pool.preparedQuery("select count(*) from reception_deputies rd join receptions r on r.id = rd.reception_id"
                        + " where rd.deputy_id = $1 and not r.cancelled and r.ends_at <= $2 and r.starts_at >= $3")
                        .execute(Tuple.of(deputyId, heldBy.atOffset(ZoneOffset.UTC), start.atOffset(ZoneOffset.UTC)))
                        .map(held -> {
                            Map<String, Long> counts = new LinkedHashMap<>();
                            for (DutyType type : DutyType.values()) {
                                counts.put(type.name(), 0L);
                            }
                            byType.forEach(r -> counts.put(r.getString(0), r.getLong(1)));
                            return new DeputyActivity.DutyCounts(counts, held.iterator().next().getLong(0));
                        }));
    }

    @Override
    public Uni<Map<Long, Instant>> lastPublishedAt(Collection<Long> stationIds) {
        return pool.preparedQuery("select station_id, max(published_at) from duty_records"
                + " where station_id = any($1) and state = 'PUBLISHED' group by station_id")
                .execute(Tuple.of(stationIds.toArray(Long[]::new))).map(rows -> {
                    Map<Long, Instant> last = new HashMap<>();
                    rows.forEach(r -> last.put(r.getLong(0), r.getOffsetDateTime(1).toInstant()));
                    return last;
                });
    }

    @Override
    public Uni<Set<Long>> recordedSince(Collection<Long> deputyIds, LocalDate since) {
        return pool.preparedQuery("select distinct deputy_id from duty_records"
                + " where deputy_id = any($1) and state = 'PUBLISHED' and occurred_on >= $2")
                .execute(Tuple.of(deputyIds.toArray(Long[]::new), since)).map(rows -> {
                    Set<Long> recorded = new HashSet<>();
                    rows.forEach(r -> recorded.add(r.getLong(0)));
                    return recorded;
                });
    }

    @Override
    public Uni<List<StationDetails.UpcomingReception>> upcoming(long stationId, Instant now, int count) {
        return pool.preparedQuery("select id, starts_at, ends_at, topic, capacity, booked from receptions"
                + " where station_id = $1 and starts_at > $2 and not cancelled order by starts_at, id limit " + count)
                .execute(Tuple.of(stationId, now.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    List<StationDetails.UpcomingReception> upcoming = new ArrayList<>(rows.size());
                    rows.forEach(r -> upcoming.add(new StationDetails.UpcomingReception(r.getLong(0),
                            ApiTime.of(r.getOffsetDateTime(1).toInstant()), ApiTime.of(r.getOffsetDateTime(2).toInstant()),
                            r.getString(3), r.getInteger(4), r.getInteger(5))));
                    return upcoming;
                });
    }
}
