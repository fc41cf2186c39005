package cn.liaison.directory.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.DeputyLevel;
import cn.liaison.directory.StationLevel;
import cn.liaison.directory.service.DeputyDetails;
import cn.liaison.directory.service.DeputyQuery;
import cn.liaison.directory.service.DeputyView;
import cn.liaison.directory.service.StationDetails;
import cn.liaison.directory.service.StationQuery;
import cn.liaison.directory.service.StationView;
import cn.liaison.duty.DutyType;
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

    /** Active stations after the cursor keys; {@code afterMetres} (whole metres) only counts with a point. */
    public Uni<List<StationView>> stations(StationQuery query, Long afterMetres, long afterId, int count) {
        Sql sql;
        if (query.near() == null) {
            sql = new Sql("select " + STATION_COLUMNS + ", null::float8 as distance from stations s where s.active");
            filterStations(sql, query);
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
            filterStations(sql, query);
            sql.then(") near where near.distance <= ?", query.radiusKm() * 1000);
            if (afterMetres != null) {
                sql.and("(round(near.distance)::bigint, near.id) > (?, ?)", afterMetres, afterId);
            }
            sql.then("order by round(near.distance), near.id").limit(count);
        }
        return pool.preparedQuery(sql.text()).execute(sql.values()).map(rows -> map(rows, DirectoryReads::station));
    }

    private static void filterStations(Sql sql, StationQuery query) {
        if (query.regionId() != null) {
            sql.and("s.region_path like (select path from regions where id = ?) || '%'", query.regionId());
        }
        if (query.level() != null) {
            sql.and("s.level = ?", query.level().name());
        }
        if (query.text() != null && !query.text().isBlank()) {
            String pattern = Sql.contains(query.text().strip());
            sql.and("(s.name like ? or s.address like ?)", pattern, pattern);
        }
    }

    /** A station with its deputies and next reception days; null when there is no such active station. */
    public Uni<StationDetails> station(long id, boolean includeInactive, Instant now) {
        String sql = "select " + STATION_COLUMNS + ", null::float8 as distance, s.introduction, s.rules from stations s where s.id = $1"
                + (includeInactive ? "" : " and s.active");
        return pool.preparedQuery(sql).execute(Tuple.of(id)).flatMap(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().nullItem();
            }
            Row row = rows.iterator().next();
            return deputiesOfStation(id).flatMap(deputies -> upcomingReceptions(id, now).map(receptions ->
                    new StationDetails(station(row), row.getString("introduction"), row.getString("rules"), deputies, receptions)));
        });
    }

    private Uni<List<DeputyView>> deputiesOfStation(long stationId) {
        return pool.preparedQuery("select " + DEPUTY_COLUMNS + " from deputy_stations ds join deputies d on d.id = ds.deputy_id"
                + " where ds.station_id = $1 and d.active order by d.level desc, d.id")
                .execute(Tuple.of(stationId)).map(rows -> map(rows, DirectoryReads::deputy));
    }

    private Uni<List<StationDetails.UpcomingReception>> upcomingReceptions(long stationId, Instant now) {
        return pool.preparedQuery("select id, starts_at, ends_at, topic, capacity, booked from receptions"
                + " where station_id = $1 and starts_at > $2 and not cancelled order by starts_at, id limit 10")
                .execute(Tuple.of(stationId, now.atOffset(java.time.ZoneOffset.UTC)))
                .map(rows -> map(rows, r -> new StationDetails.UpcomingReception(r.getLong(0),
                        ApiTime.of(r.getOffsetDateTime(1).toInstant()), ApiTime.of(r.getOffsetDateTime(2).toInstant()),
                        r.getString(3), r.getInteger(4), r.getInteger(5))));
    }

    public Uni<List<DeputyView>> deputies(DeputyQuery query, long afterId, int count) {
        Sql sql = new Sql("select " + DEPUTY_COLUMNS + " from deputies d where d.active");
        if (query.stationId() != null) {
            sql.and("exists (select 1 from deputy_stations ds where ds.deputy_id = d.id and ds.station_id = ?)", query.stationId());
        }
        if (query.regionId() != null) {
            sql.and("d.region_path like (select path from regions where id = ?) || '%'", query.regionId());
        }
        if (query.level() != null) {
            sql.and("d.level = ?", query.level().name());
        }
        if (query.name() != null && !query.name().isBlank()) {
            sql.and("d.name like ?", Sql.contains(query.name().strip()));
        }
        sql.and("d.id > ?", afterId).then("order by d.id").limit(count);
        return pool.preparedQuery(sql.text()).execute(sql.values()).map(rows -> map(rows, DirectoryReads::deputy));
    }

    /** A deputy's approved profile with this year's figures; null when there is no such active deputy. */
    public Uni<DeputyDetails> deputy(long id, Instant now, ZoneId zone) {
        return pool.preparedQuery("select d.*, (d.user_id is not null) as bound from deputies d where d.id = $1 and d.active")
                .execute(Tuple.of(id)).flatMap(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    Row d = rows.iterator().next();
                    int year = LocalDate.ofInstant(now, zone).getYear();
                    return stationsOfDeputy(id).flatMap(stations -> figures(id, year, now, zone).map(figures ->
                            new DeputyDetails(d.getLong("id"), d.getString("name"), d.getString("gender"), d.getString("ethnicity"),
                                    DeputyLevel.valueOf(d.getString("level")), d.getString("term"), d.getString("occupation"),
                                    d.getString("work_unit"), d.getLong("photo_id"), d.getString("biography"),
                                    d.getString("public_contact"), d.getLong("primary_station_id"), stations,
                                    d.getBoolean("bound"), figures)));
                });
    }

    private Uni<List<DeputyDetails.StationRef>> stationsOfDeputy(long deputyId) {
        return pool.preparedQuery("select s.id, s.name from deputy_stations ds join stations s on s.id = ds.station_id"
                + " where ds.deputy_id = $1 order by s.id")
                .execute(Tuple.of(deputyId))
                .map(rows -> map(rows, r -> new DeputyDetails.StationRef(r.getLong(0), r.getString(1))));
    }

    private Uni<DeputyDetails.Figures> figures(long deputyId, int year, Instant now, ZoneId zone) {
        LocalDate firstDay = LocalDate.of(year, 1, 1);
        return figures(deputyId, firstDay, firstDay.plusYears(1), now, zone).map(f -> new DeputyDetails.Figures(year,
                f.dutyRecordsByType(), f.receptionDaysHeld(), f.opinionsReplied(), f.averageReplyWorkingDays(), f.satisfaction()));
    }

    /** A deputy's figures quarter by quarter; an unknown deputy has none. */
    public Uni<List<DeputyDetails.QuarterFigures>> quarters(long deputyId, int year, Instant now, ZoneId zone) {
        List<Uni<DeputyDetails.QuarterFigures>> quarters = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
            int q = quarter;
            quarters.add(figures(deputyId, first, first.plusMonths(3), now, zone).map(f -> new DeputyDetails.QuarterFigures(year, q,
                    f.dutyRecordsByType(), f.receptionDaysHeld(), f.opinionsReplied(), f.averageReplyWorkingDays(), f.satisfaction())));
        }
        return pool.preparedQuery("select 1 from deputies where id = $1 and active").execute(Tuple.of(deputyId))
                .chain(found -> found.size() == 0 ? Uni.createFrom().nullItem()
                        : Uni.join().all(quarters).andFailFast());
    }

    /** Duty records published, reception days held, opinions first answered in [from, to). */
    private Uni<DeputyDetails.QuarterFigures> figures(long deputyId, LocalDate from, LocalDate to, Instant now, ZoneId zone) {
        var start = from.atStartOfDay(zone).toOffsetDateTime();
        var end = to.atStartOfDay(zone).toOffsetDateTime();
        var heldBy = java.util.Collections.min(List.of(end, now.atOffset(java.time.ZoneOffset.UTC)));
        return pool.preparedQuery("select type, count(*) from duty_records where deputy_id = $1 and state = 'PUBLISHED'"
                + " and occurred_on >= $2 and occurred_on < $3 group by type")
                .execute(Tuple.of(deputyId, from, to))
                .flatMap(byType -> pool.preparedQuery("select count(*) from reception_deputies rd join receptions r on r.id = rd.reception_id"
                        + " where rd.deputy_id = $1 and not r.cancelled and r.ends_at <= $2 and r.starts_at >= $3")
                        .execute(Tuple.of(deputyId, heldBy, start))
                        .flatMap(held -> pool.preparedQuery(OPINION_FIGURES).execute(Tuple.of(deputyId, start, end))
                                .map(answered -> {
                                    Map<DutyType, Long> counts = new EnumMap<>(DutyType.class);
                                    for (DutyType type : DutyType.values()) {
                                        counts.put(type, 0L);
                                    }
                                    byType.forEach(r -> counts.put(DutyType.valueOf(r.getString(0)), r.getLong(1)));
                                    Row o = answered.iterator().next();
                                    Double average = o.getDouble(1);
                                    return new DeputyDetails.QuarterFigures(from.getYear(), 0, counts, held.iterator().next().getLong(0),
                                            o.getLong(0), average == null ? null : Math.round(average * 100) / 100.0, o.getDouble(2));
                                })));
    }

    /**
     * Opinions the deputy first answered in the period: how many, the average working days from
     * acceptance to that answer (holidays counted by the calendar of the day), and the share of
     * ratings that were satisfied or basically so.
     */
    private static final String OPINION_FIGURES = """
            select count(*), avg(o.reply_working_days)::float8,
                   (avg(case when o.rating in ('SATISFIED', 'BASICALLY_SATISFIED') then 1.0 else 0.0 end)
                       filter (where o.rating is not null))::float8
              from opinions o where o.deputy_id = $1 and o.first_replied_at >= $2 and o.first_replied_at < $3""";

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
