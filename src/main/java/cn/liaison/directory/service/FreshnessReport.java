package cn.liaison.directory.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.identity.Caller;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.time.ApiTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What the county office checks regularly: stations whose information and duty records have not
 * moved for a while, and deputies without a published duty record this quarter, in the caller's scope.
 */
@ApplicationScoped
public class FreshnessReport {

    private static final String STALE_STATIONS = """
            select s.id, s.name, s.region_id, s.info_updated_at, last.published_at
              from stations s
              left join lateral (select max(r.published_at) as published_at from duty_records r
                                  where r.station_id = s.id and r.state = 'PUBLISHED') last on true
             where s.active and s.region_path like $1 and s.info_updated_at < $2
               and (last.published_at is null or last.published_at < $2) and s.id > $3
             order by s.id limit $4""";
    private static final String QUIET_DEPUTIES = """
            select d.id, d.name, d.primary_station_id from deputies d
             where d.active and d.region_path like $1 and d.id > $3
               and not exists (select 1 from duty_records r where r.deputy_id = d.id and r.state = 'PUBLISHED'
                                  and r.occurred_on >= $2)
             order by d.id limit $4""";

    private final Pool pool;
    private final Clock clock;
    private final LiaisonConfig config;

    public FreshnessReport(Pool pool, Clock clock, LiaisonConfig config) {
        this.pool = pool;
        this.clock = clock;
        this.config = config;
    }

    public Uni<Page<StaleStation>> staleStations(Caller caller, Integer days, String cursor, int limit) {
        Duration staleAfter = days == null ? config.directory().staleAfter() : Duration.ofDays(days);
        OffsetDateTime cutoff = Instant.now(clock).minus(staleAfter).atOffset(ZoneOffset.UTC);
        long after = cursor == null ? 0 : Cursor.longKey(cursor);
        return pool.preparedQuery(STALE_STATIONS).execute(Tuple.of(scope(caller), cutoff, after, limit + 1))
                .map(rows -> Page.of(list(rows, r -> new StaleStation(r.getLong(0), r.getString(1), r.getLong(2),
                        ApiTime.of(r.getOffsetDateTime(3).toInstant()),
                        r.getOffsetDateTime(4) == null ? null : ApiTime.of(r.getOffsetDateTime(4).toInstant()))),
                        limit, s -> s, s -> Cursor.of(s.stationId())));
    }

    public Uni<Page<QuietDeputy>> deputiesWithoutRecordThisQuarter(Caller caller, String cursor, int limit) {
        LocalDate today = LocalDate.ofInstant(Instant.now(clock), config.timeZone());
        LocalDate quarterStart = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        long after = cursor == null ? 0 : Cursor.longKey(cursor);
        return pool.preparedQuery(QUIET_DEPUTIES).execute(Tuple.of(scope(caller), quarterStart, after, limit + 1))
                .map(rows -> Page.of(list(rows, r -> new QuietDeputy(r.getLong(0), r.getString(1), r.getLong(2))),
                        limit, d -> d, d -> Cursor.of(d.deputyId())));
    }

    private static String scope(Caller caller) {
        return caller.scopePrefix() == null ? "%" : caller.scopePrefix() + "%";
    }

    private static <T> List<T> list(io.vertx.mutiny.sqlclient.RowSet<Row> rows, java.util.function.Function<Row, T> map) {
        List<T> items = new ArrayList<>();
        rows.forEach(row -> items.add(map.apply(row)));
        return items;
    }

    @Schema(name = "StaleStation")
    public record StaleStation(Long stationId, String name, Long regionId, OffsetDateTime infoUpdatedAt,
            @Schema(description = "Latest published duty record at the station; null if none") OffsetDateTime lastDutyRecordAt) {
    }

    @Schema(name = "QuietDeputy")
    public record QuietDeputy(Long deputyId, String name, Long primaryStationId) {
    }
}
