package cn.liaison.directory.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.repository.DirectoryReads;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import io.smallrye.mutiny.Uni;

/** What every citizen opens first: stations and deputies, served from the directory cache. */
@ApplicationScoped
public class DirectoryQueries {

    private final DirectoryReads reads;
    private final DirectoryCache cache;
    private final Clock clock;
    private final LiaisonConfig config;

    public DirectoryQueries(DirectoryReads reads, DirectoryCache cache, Clock clock, LiaisonConfig config) {
        this.reads = reads;
        this.cache = cache;
        this.clock = clock;
        this.config = config;
    }

    public Uni<Page<StationView>> stations(StationQuery query, String cursor, int limit) {
        String key = "stations:" + query + ":" + cursor + ":" + limit;
        return cache.get(key, () -> {
            if (query.near() == null) {
                long after = cursor == null ? 0 : Cursor.longKey(cursor);
                return reads.stations(query, null, after, limit + 1)
                        .map(rows -> Page.of(rows, limit, s -> s, s -> Cursor.of(s.id())));
            }
            long[] after = cursor == null ? null : Cursor.longKeys(cursor, 2);
            return reads.stations(query, after == null ? null : after[0], after == null ? 0 : after[1], limit + 1)
                    .map(rows -> Page.of(rows, limit, s -> s, s -> Cursor.of(s.distanceMetres(), s.id())));
        });
    }

    public Uni<StationDetails> station(long id) {
        return cache.get("station:" + id, () -> reads.station(id, false, Instant.now(clock)))
                .onItem().ifNull().failWith(ApiException::notFound);
    }

    public Uni<Page<DeputyView>> deputies(DeputyQuery query, String cursor, int limit) {
        long after = cursor == null ? 0 : Cursor.longKey(cursor);
        return cache.get("deputies:" + query + ":" + after + ":" + limit, () -> reads.deputies(query, after, limit + 1)
                .map(rows -> Page.of(rows, limit, d -> d, d -> Cursor.of(d.id()))));
    }

    public Uni<DeputyDetails> deputy(long id) {
        return cache.get("deputy:" + id, () -> reads.deputy(id, Instant.now(clock), config.timeZone()))
                .onItem().ifNull().failWith(ApiException::notFound);
    }

    /** A year's figures of a deputy, quarter by quarter; cached like the profile. */
    public Uni<List<DeputyDetails.QuarterFigures>> quarters(long id, Integer year) {
        int y = year != null ? year : java.time.LocalDate.ofInstant(Instant.now(clock), config.timeZone()).getYear();
        return cache.get("deputy-quarters:" + id + ":" + y, () -> reads.quarters(id, y, Instant.now(clock), config.timeZone()))
                .onItem().ifNull().failWith(ApiException::notFound);
    }
}
