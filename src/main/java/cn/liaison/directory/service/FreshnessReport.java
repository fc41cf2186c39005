package cn.liaison.directory.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.DeputyActivity;
import cn.liaison.directory.DirectoryConfig;
import cn.liaison.directory.Freshness;
import cn.liaison.directory.repository.DirectoryReads;
import cn.liaison.identity.Caller;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.time.ApiTime;
import io.smallrye.mutiny.Uni;

/**
 * What the county office checks regularly: stations whose information and duty records have not
 * moved for a while, and deputies without a published duty record this quarter, in the caller's scope.
 */
@ApplicationScoped
public class FreshnessReport {

    private final DirectoryReads reads;
    private final DeputyActivity.Duty duty;
    private final Clock clock;
    private final DirectoryConfig settings;
    private final LiaisonConfig config;

    public FreshnessReport(DirectoryReads reads, DeputyActivity.Duty duty, Clock clock, DirectoryConfig settings,
            LiaisonConfig config) {
        this.reads = reads;
        this.duty = duty;
        this.clock = clock;
        this.settings = settings;
        this.config = config;
    }

    /** Stations whose information and latest published duty record are both older than {@code days} (default: configured). */
    public Uni<Page<Freshness.StaleStation>> staleStations(Caller caller, Integer days, String cursor, int limit) {
        Duration staleAfter = days == null ? settings.staleAfter() : Duration.ofDays(days);
        Instant cutoff = Instant.now(clock).minus(staleAfter);
        long after = cursor == null ? 0 : Cursor.longKey(cursor);
        return pageOf(after, limit + 1, from -> reads.stationsUnchangedSince(scope(caller), cutoff, from, limit + 1),
                Freshness.StaleStation::stationId,
                stations -> duty.lastPublishedAt(stations.stream().map(Freshness.StaleStation::stationId).toList())
                        .map(last -> stations.stream()
                                .filter(s -> !last.containsKey(s.stationId()) || last.get(s.stationId()).isBefore(cutoff))
                                .map(s -> new Freshness.StaleStation(s.stationId(), s.name(), s.regionId(), s.infoUpdatedAt(),
                                        last.containsKey(s.stationId()) ? ApiTime.of(last.get(s.stationId())) : null))
                                .toList()))
                .map(rows -> Page.of(rows, limit, s -> s, s -> Cursor.of(s.stationId())));
    }

    /** Deputies without a published duty record this quarter. */
    public Uni<Page<Freshness.QuietDeputy>> deputiesWithoutRecordThisQuarter(Caller caller, String cursor, int limit) {
        LocalDate today = LocalDate.ofInstant(Instant.now(clock), config.timeZone());
        LocalDate quarterStart = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        long after = cursor == null ? 0 : Cursor.longKey(cursor);
        return pageOf(after, limit + 1, from -> reads.activeDeputies(scope(caller), from, limit + 1), Freshness.QuietDeputy::deputyId,
                deputies -> duty.recordedSince(deputies.stream().map(Freshness.QuietDeputy::deputyId).toList(), quarterStart)
                        .map(recorded -> deputies.stream().filter(d -> !recorded.contains(d.deputyId())).toList()))
                .map(rows -> Page.of(rows, limit, d -> d, d -> Cursor.of(d.deputyId())));
    }

    /**
     * Up to {@code wanted} items in id order after {@code after}: batches of candidates from the
     * directory, each kept or dropped by what the duty feature knows, until enough are kept or the
     * candidates run out.
     */
    private static <T> Uni<List<T>> pageOf(long after, int wanted, Function<Long, Uni<List<T>>> candidates, ToLongFunction<T> id,
            Function<List<T>, Uni<List<T>>> keep) {
        return candidates.apply(after).chain(batch -> {
            if (batch.isEmpty()) {
                return Uni.createFrom().item(List.<T>of());
            }
            return keep.apply(batch).chain(kept -> {
                if (kept.size() >= wanted || batch.size() < wanted) {
                    return Uni.createFrom().item(kept.size() > wanted ? kept.subList(0, wanted) : kept);
                }
                long last = id.applyAsLong(batch.get(batch.size() - 1));
                return pageOf(last, wanted - kept.size(), candidates, id, keep).map(more -> {
                    List<T> all = new ArrayList<>(kept);
                    all.addAll(more);
                    return all;
                });
            });
        });
    }

    private static String scope(Caller caller) {
        return caller.scopePrefix() == null ? "%" : caller.scopePrefix() + "%";
    }
}
