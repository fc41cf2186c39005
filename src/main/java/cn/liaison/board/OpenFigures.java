package cn.liaison.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.cache.RecentResults;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.time.ApiTime;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The public statistics of a region and period: totals, by category, by the region's children, and
 * month by month, in one pass (grouping sets) over the monthly figures {@link FiguresRollup} keeps
 * (at most 15 seconds behind). Results are also kept per instance and recounted in the background
 * every 10 seconds while they are asked for, so what is answered is never more than a minute old.
 */
@ApplicationScoped
public class OpenFigures {

    private static final String BY_GROUPS = """
            select grouping(f.category_id, f.child, f.month_text), nullif(f.category_id, 0), f.child, f.month_text,
                   coalesce(sum(f.received), 0), coalesce(sum(f.accepted), 0), coalesce(sum(f.replied), 0),
                   coalesce(sum(f.replied_on_time), 0), sum(f.reply_days)::float8 / nullif(sum(f.replied), 0),
                   coalesce(sum(f.satisfied + f.basically + f.unsatisfied), 0),
                   coalesce(sum(f.satisfied), 0), coalesce(sum(f.basically), 0), coalesce(sum(f.unsatisfied), 0)
              from (select r.*, split_part(substr(r.region_path, length($1) + 1), '/', 1) as child, to_char(r.month, 'YYYY-MM') as month_text
                      from opinion_figures r where r.region_path like $1 || '%' and r.month >= $2 and r.month <= $3) f
             group by grouping sets ((), (f.category_id), (f.child), (f.month_text))""";
    private static final int TOTAL = 7;
    private static final int BY_CATEGORY = 3;
    private static final int BY_CHILD = 5;

    private final Pool pool;
    private final LiaisonConfig config;
    private final Clock clock;
    private final RecentResults<String, StatsViews.PublicStats> recent;

    public OpenFigures(Pool pool, LiaisonConfig config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
        this.recent = new RecentResults<>(Duration.ofSeconds(10), Duration.ofSeconds(40), Duration.ofMinutes(10), 10_000, clock);
    }

    /** Figures asked for in the last ten minutes are recounted before anyone has to wait for them. */
    @Scheduled(every = "5s", delayed = "5s")
    void keepWarm() {
        recent.refreshInBackground();
    }

    public Uni<StatsViews.PublicStats> of(Long regionId, String from, String to) {
        MonthRange months = MonthRange.of(from, to, Instant.now(clock), config.timeZone());
        return recent.get(regionId + "|" + months, () -> count(regionId, months));
    }

    private Uni<StatsViews.PublicStats> count(Long regionId, MonthRange months) {
        Uni<Row> region = regionId == null ? Uni.createFrom().nullItem()
                : pool.preparedQuery("select id, path, name from regions where id = $1").execute(Tuple.of(regionId))
                        .map(rows -> {
                            if (rows.size() == 0) {
                                throw ApiException.notFound();
                            }
                            return rows.iterator().next();
                        });
        Instant countedAt = Instant.now(clock);
        return region.chain(r -> {
            String path = r == null ? "/" : r.getString("path");
            Tuple args = Tuple.of(path, months.from().atDay(1), months.to().atDay(1));
            return pool.preparedQuery(BY_GROUPS).execute(args)
                    .chain(rows -> names(regionId).map(names -> assemble(r, months, countedAt, rows, names)));
        });
    }

    /** Names of the categories and of the region's children (the top regions without one). */
    private Uni<Map<String, String>> names(Long regionId) {
        return pool.preparedQuery("select 'c' || id, name from categories union all"
                + " select 'r' || id, name from regions where parent_id is not distinct from $1")
                .execute(Tuple.of(regionId)).map(rows -> {
                    Map<String, String> names = new HashMap<>();
                    rows.forEach(row -> names.put(row.getString(0), row.getString(1)));
                    return names;
                });
    }

    private static StatsViews.PublicStats assemble(Row region, MonthRange months, Instant countedAt, RowSet<Row> rows,
            Map<String, String> names) {
        StatsViews.Figures total = null;
        List<StatsViews.Group> byCategory = new ArrayList<>();
        List<StatsViews.Group> byRegion = new ArrayList<>();
        List<StatsViews.Month> monthly = new ArrayList<>();
        Long regionId = region == null ? null : region.getLong("id");
        for (Row row : rows) {
            StatsViews.Figures figures = StatsViews.Figures.of(row, 4);
            switch (row.getInteger(0)) {
                case TOTAL -> total = figures;
                case BY_CATEGORY -> {
                    Long id = row.getLong(1);
                    byCategory.add(new StatsViews.Group(id, id == null ? null : names.get("c" + id), figures));
                }
                case BY_CHILD -> {
                    String child = row.getString(2);
                    // Opinions at a station of the region itself rather than below it.
                    Long id = child.isEmpty() ? regionId : Long.valueOf(child);
                    String name = child.isEmpty() ? region.getString("name") : names.get("r" + id);
                    byRegion.add(new StatsViews.Group(id, name, figures));
                }
                default -> monthly.add(new StatsViews.Month(row.getString(3), figures));
            }
        }
        byCategory.sort(java.util.Comparator.comparing((StatsViews.Group g) -> g.figures().received()).reversed());
        byRegion.sort(java.util.Comparator.comparing((StatsViews.Group g) -> g.figures().received()).reversed());
        monthly.sort(java.util.Comparator.comparing(StatsViews.Month::month));
        if (total == null) {
            total = StatsViews.Figures.NONE;
        }
        return new StatsViews.PublicStats(regionId, region == null ? null : region.getString("name"), months.from().toString(),
                months.to().toString(), ApiTime.of(countedAt), total, byCategory, byRegion, monthly);
    }
}
