package cn.liaison.directory.repository;

import static cn.liaison.platform.persistence.PlanReusingPool.plannedForItsValues;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.DeputyDetails;
import cn.liaison.directory.DeputyLevel;
import cn.liaison.directory.DeputyQuery;
import cn.liaison.directory.DeputyView;
import cn.liaison.directory.Freshness;
import cn.liaison.directory.StationDetails;
import cn.liaison.directory.StationLevel;
import cn.liaison.directory.StationQuery;
import cn.liaison.directory.StationView;
import cn.liaison.platform.persistence.IdList;
import cn.liaison.platform.persistence.Sql;
import cn.liaison.platform.time.ApiTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The public directory's read queries, in plain SQL: they feed the hottest pages, need
 * distance ordering, and map straight to the answer. Every query is served by an index of V2.
 */
@ApplicationScoped
public class DirectoryReads {

    private static final String STATION_COLUMNS = """
            s.id, s.region_id, s.level, s.name, s.address, s.latitude, s.longitude, s.opening_hours, s.phone,
            s.photo_ids, s.active, s.info_updated_at""";
    private static final String DEPUTY_COLUMNS = "d.id, d.name, d.gender, d.level, d.occupation, d.work_unit, d.photo_id, d.primary_station_id";
    private static final double KM_PER_DEGREE = 111.32;
    /** Great-circle distance in metres from the point ($lat, $lng) bound first. */
    private static final String DISTANCE = "2 * 6371000 * asin(sqrt(power(sin(radians(s.latitude - ?) / 2), 2)"
            + " + cos(radians(?)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - ?) / 2), 2)))";

    private final Pool pool;

    public DirectoryReads(Pool pool) {
        this.pool = pool;
    }

    /**
     * Active stations after the cursor keys; {@code afterMetres} (whole metres) only counts with a
     * point. {@code regionPath} is the path of the query's region, if it names one.
     */
    public Uni<List<StationView>> stations(StationQuery query, String regionPath, Long afterMetres, long afterId, int count) {
        Sql sql;
        if (query.near() == null) {
            sql = new Sql("select " + STATION_COLUMNS + ", null::float8 as distance from stations s where s.active");
            filterStations(sql, query, regionPath);
            sql.and("s.id > ?", afterId).then("order by s.id").limit(count);
        } else {
            double lat = query.near().latitude();
            double lng = query.near().longitude();
            double latSpan = query.radiusKm() / KM_PER_DEGREE;
            double lngSpan = query.radiusKm() / (KM_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(lat))));
            sql = new Sql("select * from (select " + STATION_COLUMNS + ",")
                    .then(DISTANCE + " as distance from stations s where s.active", lat, lat, lng);
            sql.and("s.latitude between ? and ?", lat - latSpan, lat + latSpan)
                    .and("s.longitude between ? and ?", lng - lngSpan, lng + lngSpan);
            filterStations(sql, query, regionPath);
            sql.then(") near where near.distance <= ?", query.radiusKm() * 1000);
            if (afterMetres != null) {
                sql.and("(round(near.distance)::bigint, near.id) > (?, ?)", afterMetres, afterId);
            }
            sql.then("order by round(near.distance), near.id").limit(count);
        }
        return pool.preparedQuery(sql.text()).execute(sql.values()).map(rows -> map(rows, DirectoryReads::station));
    }

    private static void filterStations(Sql sql, StationQuery query, String regionPath) {
        if (regionPath != null) {
            sql.and("s.region_path like ?", regionPath + "%").plannedForItsValues();
        }
        if (query.level() != null) {
            sql.and("s.level = ?", query.level().name());
        }
        if (query.text() != null && !query.text().isBlank()) {
            String pattern = Sql.contains(query.text().strip());
            sql.and("(s.name like ? or s.address like ?)", pattern, pattern).plannedForItsValues();
        }
    }

    /** A station with its deputies, its reception days still to be added; null when there is no such active station. */
    public Uni<StationDetails> station(long id, boolean includeInactive) {
        String sql = "select " + STATION_COLUMNS + ", null::float8 as distance, s.introduction, s.rules from stations s where s.id = $1"
                + (includeInactive ? "" : " and s.active");
        return pool.preparedQuery(sql).execute(Tuple.of(id)).flatMap(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().nullItem();
            }
            Row row = rows.iterator().next();
            return deputiesOfStation(id).map(deputies ->
                    new StationDetails(station(row), row.getString("introduction"), row.getString("rules"), deputies, List.of()));
        });
    }

    private Uni<List<DeputyView>> deputiesOfStation(long stationId) {
        return pool.preparedQuery("select " + DEPUTY_COLUMNS + " from deputy_stations ds join deputies d on d.id = ds.deputy_id"
                + " where ds.station_id = $1 and d.active order by d.level desc, d.id")
                .execute(Tuple.of(stationId)).map(rows -> map(rows, DirectoryReads::deputy));
    }

    /** Active deputies after the cursor; {@code regionPath} is the path of the query's region, if it names one. */
    public Uni<List<DeputyView>> deputies(DeputyQuery query, String regionPath, long afterId, int count) {
        Sql sql = new Sql("select " + DEPUTY_COLUMNS + " from deputies d where d.active");
        if (query.stationId() != null) {
            sql.and("exists (select 1 from deputy_stations ds where ds.deputy_id = d.id and ds.station_id = ?)", query.stationId());
        }
        if (regionPath != null) {
            sql.and("d.region_path like ?", regionPath + "%").plannedForItsValues();
        }
        if (query.level() != null) {
            sql.and("d.level = ?", query.level().name());
        }
        if (query.name() != null && !query.name().isBlank()) {
            sql.and("d.name like ?", Sql.contains(query.name().strip())).plannedForItsValues();
        }
        sql.and("d.id > ?", afterId).then("order by d.id").limit(count);
        return pool.preparedQuery(sql.text()).execute(sql.values()).map(rows -> map(rows, DirectoryReads::deputy));
    }

    /** A deputy's approved profile, its figures still to be added; null when there is no such active deputy. */
    public Uni<DeputyDetails> deputy(long id) {
        return pool.preparedQuery("select d.*, (d.user_id is not null) as bound from deputies d where d.id = $1 and d.active")
                .execute(Tuple.of(id)).flatMap(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    Row d = rows.iterator().next();
                    return stationsOfDeputy(id).map(stations -> new DeputyDetails(d.getLong("id"), d.getString("name"),
                            d.getString("gender"), d.getString("ethnicity"), DeputyLevel.valueOf(d.getString("level")), d.getString("term"),
                            d.getString("occupation"), d.getString("work_unit"), d.getLong("photo_id"), d.getString("biography"),
                            d.getString("public_contact"), d.getLong("primary_station_id"), stations, d.getBoolean("bound"), null));
                });
    }

    private Uni<List<DeputyDetails.StationRef>> stationsOfDeputy(long deputyId) {
        return pool.preparedQuery("select s.id, s.name from deputy_stations ds join stations s on s.id = ds.station_id"
                + " where ds.deputy_id = $1 order by s.id")
                .execute(Tuple.of(deputyId))
                .map(rows -> map(rows, r -> new DeputyDetails.StationRef(r.getLong(0), r.getString(1))));
    }

    public Uni<Boolean> activeDeputy(long deputyId) {
        return pool.preparedQuery("select 1 from deputies where id = $1 and active").execute(Tuple.of(deputyId)).map(rows -> rows.size() > 0);
    }

    /** Active stations under {@code scope} whose information has not changed since {@code cutoff}, after the cursor. */
    public Uni<List<Freshness.StaleStation>> stationsUnchangedSince(String scope, Instant cutoff, long afterId, int count) {
        return pool.preparedQuery(plannedForItsValues("select id, name, region_id, info_updated_at from stations"
                + " where active and region_path like $1 and info_updated_at < $2 and id > $3 order by id limit " + count))
                .execute(Tuple.of(scope, cutoff.atOffset(ZoneOffset.UTC), afterId))
                .map(rows -> map(rows, r -> new Freshness.StaleStation(r.getLong(0), r.getString(1), r.getLong(2),
                        ApiTime.of(r.getOffsetDateTime(3).toInstant()), null)));
    }

    /** Active deputies under {@code scope}, after the cursor. */
    public Uni<List<Freshness.QuietDeputy>> activeDeputies(String scope, long afterId, int count) {
        return pool.preparedQuery(plannedForItsValues("select id, name, primary_station_id from deputies"
                + " where active and region_path like $1 and id > $2 order by id limit " + count))
                .execute(Tuple.of(scope, afterId))
                .map(rows -> map(rows, r -> new Freshness.QuietDeputy(r.getLong(0), r.getString(1), r.getLong(2))));
    }

    private static StationView station(Row r) {
        Double distance = r.getDouble("distance");
        return new StationView(r.getLong("id"), r.getLong("region_id"), StationLevel.valueOf(r.getString("level")),
                r.getString("name"), r.getString("address"), r.getDouble("latitude"), r.getDouble("longitude"),
                r.getString("opening_hours"), r.getString("phone"), IdList.parse(r.getString("photo_ids")),
                r.getBoolean("active"), ApiTime.of(r.getOffsetDateTime("info_updated_at").toInstant()),
                distance == null ? null : Math.round(distance));
    }

    private static DeputyView deputy(Row r) {
        return new DeputyView(r.getLong(0), r.getString(1), r.getString(2), DeputyLevel.valueOf(r.getString(3)),
                r.getString(4), r.getString(5), r.getLong(6), r.getLong(7));
    }

    private static <T> List<T> map(RowSet<Row> rows, java.util.function.Function<Row, T> mapper) {
        List<T> items = new ArrayList<>(rows.size());
        rows.forEach(row -> items.add(mapper.apply(row)));
        return items;
    }
}
