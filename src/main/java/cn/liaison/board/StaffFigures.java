package cn.liaison.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.liaison.directory.Deputies;
import cn.liaison.directory.Stations;
import cn.liaison.identity.Caller;
import cn.liaison.opinion.Backlog;
import cn.liaison.opinion.Catalogue;
import cn.liaison.opinion.FigureCounts;
import cn.liaison.opinion.OpinionFigures;
import cn.liaison.opinion.OpinionFigures.By;
import cn.liaison.opinion.service.Catalogues;
import cn.liaison.platform.cache.RecentResults;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.time.ApiTime;
import cn.liaison.platform.web.PreparedJson;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Figures for staff within their scope, per station, deputy or department: what was received and
 * answered in the period, from the monthly staff rollup, and what is open, overdue and supervised
 * now, from the backlog counts the opinions keep. A result is kept per instance as the bytes it
 * is answered with, plain and gzipped ({@link PreparedJson}), never answered more than a minute
 * old, and recounted in the background 30 seconds after it was counted: while someone asked for it
 * in the last ten minutes, no request waits for a count.
 */
@ApplicationScoped
public class StaffFigures {

    private final OpinionFigures figures;
    private final Stations stations;
    private final Deputies deputies;
    private final Catalogues catalogues;
    private final LiaisonConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private final RecentResults<String, PreparedJson> recent;

    public StaffFigures(OpinionFigures figures, Stations stations, Deputies deputies, Catalogues catalogues, LiaisonConfig config,
            ObjectMapper json, Clock clock) {
        this.figures = figures;
        this.stations = stations;
        this.deputies = deputies;
        this.catalogues = catalogues;
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.recent = new RecentResults<>(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(10), 10_000, clock);
    }

    /** Figures asked for in the last ten minutes are recounted before anyone has to wait for them. */
    @Scheduled(every = "10s", delayed = "10s")
    void keepWarm() {
        recent.refreshInBackground();
    }

    /** The figures as the JSON of {@link StatsViews.StaffStats}. */
    public Uni<PreparedJson> of(Caller caller, By by, String from, String to) {
        MonthRange months = MonthRange.of(from, to, Instant.now(clock), config.timeZone());
        String scope = caller.scopePrefix() == null ? "/" : caller.scopePrefix();
        return recent.get(scope + "|" + by + "|" + months, () -> count(scope, by, months).map(stats -> PreparedJson.of(json, stats)));
    }

    private Uni<StatsViews.StaffStats> count(String scope, By by, MonthRange months) {
        Instant now = Instant.now(clock);
        return figures.received(by, scope, months.from().atDay(1), months.to().atDay(1))
                .chain(received -> figures.awaitingWork(by, scope, now).chain(backlog -> {
                    List<Long> keys = new ArrayList<>(received.keySet());
                    backlog.keySet().stream().filter(k -> !received.containsKey(k)).forEach(keys::add);
                    return names(by, keys).map(names -> {
                        List<StatsViews.StaffRow> rows = new ArrayList<>();
                        for (Long key : keys) {
                            Backlog open = backlog.getOrDefault(key, Backlog.NONE);
                            FigureCounts counts = received.get(key);
                            rows.add(new StatsViews.StaffRow(key, key == null ? null : names.get(key),
                                    counts == null ? StatsViews.Figures.NONE : StatsViews.Figures.of(counts),
                                    open.open(), open.overdue(), open.supervised()));
                        }
                        rows.sort(Comparator.comparing((StatsViews.StaffRow r) -> r.overdue())
                                .thenComparing(StatsViews.StaffRow::backlog).reversed());
                        return new StatsViews.StaffStats(by.name(), months.from().toString(), months.to().toString(), ApiTime.of(now), rows);
                    });
                }));
    }

    private Uni<Map<Long, String>> names(By by, List<Long> keys) {
        List<Long> ids = keys.stream().filter(Objects::nonNull).toList();
        return switch (by) {
            case STATION -> stations.names(ids);
            case DEPUTY -> deputies.names(ids);
            case DEPARTMENT -> catalogues.departments(false).map(all -> all.stream()
                    .collect(Collectors.toMap(Catalogue.Department::id, Catalogue.Department::name)));
        };
    }
}
