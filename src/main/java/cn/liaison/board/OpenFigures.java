package cn.liaison.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.Catalogue;
import cn.liaison.opinion.OpinionFigures;
import cn.liaison.opinion.PublicFigures;
import cn.liaison.opinion.service.Catalogues;
import cn.liaison.platform.cache.RecentResults;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.time.ApiTime;
import cn.liaison.region.RegionRef;
import cn.liaison.region.Regions;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The public statistics of a region and period: totals, by category, by the region's children, and
 * month by month, in one pass (grouping sets) over the monthly figures the opinions' rollup keeps
 * (at most 15 seconds behind). Results are also kept per instance and recounted in the background
 * every 10 seconds while they are asked for, so what is answered is never more than a minute old.
 */
@ApplicationScoped
public class OpenFigures {

    private final OpinionFigures figures;
    private final Regions regions;
    private final Catalogues catalogues;
    private final LiaisonConfig config;
    private final Clock clock;
    private final RecentResults<String, StatsViews.PublicStats> recent;

    public OpenFigures(OpinionFigures figures, Regions regions, Catalogues catalogues, LiaisonConfig config, Clock clock) {
        this.figures = figures;
        this.regions = regions;
        this.catalogues = catalogues;
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
        Uni<RegionRef> region = regionId == null ? Uni.createFrom().nullItem()
                : regions.find(regionId).onItem().ifNull().failWith(ApiException::notFound);
        Instant countedAt = Instant.now(clock);
        return region.chain(r -> figures.under(r == null ? "/" : r.path(), months.from().atDay(1), months.to().atDay(1))
                .chain(counted -> catalogues.categories(false).chain(categories -> regions.childNames(regionId)
                        .map(children -> assemble(r, months, countedAt, counted,
                                categories.stream().collect(Collectors.toMap(Catalogue.Category::id, Catalogue.Category::name)),
                                children)))));
    }

    private static StatsViews.PublicStats assemble(RegionRef region, MonthRange months, Instant countedAt, PublicFigures counted,
            Map<Long, String> categories, Map<Long, String> children) {
        List<StatsViews.Group> byCategory = new ArrayList<>();
        counted.byCategory().forEach((id, counts) -> byCategory.add(new StatsViews.Group(id, id == null ? null : categories.get(id),
                StatsViews.Figures.of(counts))));
        List<StatsViews.Group> byRegion = new ArrayList<>();
        counted.byChild().forEach((child, counts) -> {
            // Opinions at a station of the region itself rather than below it.
            Long id = child.isEmpty() ? (region == null ? null : region.id()) : Long.valueOf(child);
            String name = child.isEmpty() ? (region == null ? null : region.name()) : children.get(id);
            byRegion.add(new StatsViews.Group(id, name, StatsViews.Figures.of(counts)));
        });
        List<StatsViews.Month> monthly = new ArrayList<>();
        counted.byMonth().forEach((month, counts) -> monthly.add(new StatsViews.Month(month, StatsViews.Figures.of(counts))));
        byCategory.sort(Comparator.comparing((StatsViews.Group g) -> g.figures().received()).reversed());
        byRegion.sort(Comparator.comparing((StatsViews.Group g) -> g.figures().received()).reversed());
        monthly.sort(Comparator.comparing(StatsViews.Month::month));
        StatsViews.Figures total = counted.total() == null ? StatsViews.Figures.NONE : StatsViews.Figures.of(counted.total());
        return new StatsViews.PublicStats(region == null ? null : region.id(), region == null ? null : region.name(),
                months.from().toString(), months.to().toString(), ApiTime.of(countedAt), total, byCategory, byRegion, monthly);
    }
}
