package cn.liaison.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.identity.Caller;
import cn.liaison.platform.cache.RecentResults;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.time.ApiTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Figures for staff within their scope, per station, deputy or department: what was received and
 * answered in the period, and what is open, overdue and supervised now, counted from the opinions
 * themselves (by deputy and department too). A result is kept per instance and recounted in the
 * background 30 seconds after it was counted, when asked again; never answered more than a
 * minute old. Unlike the public figures nothing recounts them unasked: staff read them rarely.
 */
@ApplicationScoped
public class StaffFigures {

    /** What the rows are grouped by. */
    public enum By {
        STATION("station_id", "stations"), DEPUTY("deputy_id", "deputies"), DEPARTMENT("department_id", "departments");

        final String column;
        final String table;

        By(String column, String table) {
            this.column = column;
            this.table = table;
        }
    }

    private final Pool pool;
    private final LiaisonConfig config;
    private final Clock clock;
    private final RecentResults<String, StatsViews.StaffStats> recent;

    public StaffFigures(Pool pool, LiaisonConfig config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
        this.recent = new RecentResults<>(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(10), 10_000, clock);
    }

    public Uni<StatsViews.StaffStats> of(Caller caller, By by, String from, String to) {
        MonthRange months = MonthRange.of(from, to, Instant.now(clock), config.timeZone());
        String scope = caller.scopePrefix() == null ? "/" : caller.scopePrefix();
        return recent.get(scope + "|" + by + "|" + months, () -> count(scope, by, months));
    }

    private Uni<StatsViews.StaffStats> count(String scope, By by, MonthRange months) {
        Instant now = Instant.now(clock);
        String period = "select f.%s, %s from opinions f".formatted(by.column, StatsViews.Figures.COLUMNS)
                + " where f.region_path like $1 || '%' and f.created_at >= $2 and f.created_at < $3 group by 1";
        String open = ("select %s, count(*), count(*) filter (where due_at < $2), count(*) filter (where supervised_at is not null)"
                + " from opinions where region_path like $1 || '%%' and state in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS') group by 1")
                .formatted(by.column);
        return pool.preparedQuery(period)
                .execute(Tuple.of(scope, months.start(config.timeZone()).atOffset(ZoneOffset.UTC),
                        months.end(config.timeZone()).atOffset(ZoneOffset.UTC)))
                .chain(periodRows -> pool.preparedQuery(open).execute(Tuple.of(scope, now.atOffset(ZoneOffset.UTC)))
                        .chain(openRows -> {
                            Map<Long, StatsViews.Figures> figures = new LinkedHashMap<>();
                            periodRows.forEach(r -> figures.put(r.getLong(0), StatsViews.Figures.of(r, 1)));
                            Map<Long, long[]> backlog = new HashMap<>();
                            openRows.forEach(r -> backlog.put(r.getLong(0), new long[] { r.getLong(1), r.getLong(2), r.getLong(3) }));
                            List<Long> keys = new ArrayList<>(figures.keySet());
                            backlog.keySet().stream().filter(k -> !figures.containsKey(k)).forEach(keys::add);
                            return names(by, keys).map(names -> {
                                List<StatsViews.StaffRow> rows = new ArrayList<>();
                                for (Long key : keys) {
                                    long[] open3 = backlog.getOrDefault(key, new long[3]);
                                    rows.add(new StatsViews.StaffRow(key, key == null ? null : names.get(key),
                                            figures.getOrDefault(key, StatsViews.Figures.NONE), open3[0], open3[1], open3[2]));
                                }
                                rows.sort(java.util.Comparator.comparing((StatsViews.StaffRow r) -> r.overdue())
                                        .thenComparing(StatsViews.StaffRow::backlog).reversed());
                                return new StatsViews.StaffStats(by.name(), months.from().toString(), months.to().toString(),
                                        ApiTime.of(now), rows);
                            });
                        }));
    }

    private Uni<Map<Long, String>> names(By by, List<Long> ids) {
        Long[] known = ids.stream().filter(java.util.Objects::nonNull).toArray(Long[]::new);
        return pool.preparedQuery("select id, name from " + by.table + " where id = any($1)").execute(Tuple.of(known))
                .map(rows -> {
                    Map<Long, String> names = new HashMap<>();
                    for (Row r : rows) {
                        names.put(r.getLong(0), r.getString(1));
                    }
                    return names;
                });
    }
}
