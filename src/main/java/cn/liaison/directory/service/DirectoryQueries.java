package cn.liaison.directory.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.DeputyDetails;
import cn.liaison.directory.DeputyQuery;
import cn.liaison.directory.DeputyView;
import cn.liaison.directory.StationAgenda;
import cn.liaison.directory.StationDetails;
import cn.liaison.directory.StationQuery;
import cn.liaison.directory.StationView;
import cn.liaison.directory.repository.DirectoryReads;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import cn.liaison.region.Regions;
import io.smallrye.mutiny.Uni;

/** What every citizen opens first: stations and deputies, served from the directory cache. */
@ApplicationScoped
public class DirectoryQueries {

    private final DirectoryReads reads;
    private final Regions regions;
    private final DeputyFigures figures;
    private final StationAgenda agenda;
    private final DirectoryCache cache;
    private final Clock clock;
    private final LiaisonConfig config;

    public DirectoryQueries(DirectoryReads reads, Regions regions, DeputyFigures figures, StationAgenda agenda, DirectoryCache cache,
            Clock clock, LiaisonConfig config) {
        this.reads = reads;
        this.regions = regions;
        this.figures = figures;
        this.agenda = agenda;
        this.cache = cache;
        this.clock = clock;
        this.config = config;
    }

    public Uni<Page<StationView>> stations(StationQuery query, String cursor, int limit) {
        String key = "stations:" + query + ":" + cursor + ":" + limit;
        return cache.get(key, () -> {
            if (query.near() == null) {
                long after = cursor == null ? 0 : Cursor.longKey(cursor);
                return regions.filterPath(query.regionId()).chain(path -> reads.stations(query, path, null, after, limit + 1))
                        .map(rows -> Page.of(rows, limit, s -> s, s -> Cursor.of(s.id())));
            }
            long[] after = cursor == null ? null : Cursor.longKeys(cursor, 2);
            return regions.filterPath(query.regionId()).chain(path -> reads.stations(query, path, after == null ? null : after[0],
                    after == null ? 0 : after[1], limit + 1))
                    .map(rows -> Page.of(rows, limit, s -> s, s -> Cursor.of(s.distanceMetres(), s.id())));
        });
    }

    public Uni<StationDetails> station(long id) {
        return cache.get("station:" + id, () -> reads.station(id, false).chain(station -> station == null ? Uni.createFrom().nullItem()
                : agenda.upcoming(id, Instant.now(clock), 10).map(receptions -> new StationDetails(station.station(), station.introduction(),
                        station.rules(), station.deputies(), receptions))))
                .onItem().ifNull().failWith(ApiException::notFound);
    }

    public Uni<Page<DeputyView>> deputies(DeputyQuery query, String cursor, int limit) {
        long after = cursor == null ? 0 : Cursor.longKey(cursor);
        return cache.get("deputies:" + query + ":" + after + ":" + limit, () -> regions.filterPath(query.regionId())
                .chain(path -> reads.deputies(query, path, after, limit + 1))
                .map(rows -> Page.of(rows, limit, d -> d, d -> Cursor.of(d.id()))));
    }

    public Uni<DeputyDetails> deputy(long id) {
        Instant now = Instant.now(clock);
        int year = LocalDate.ofInstant(now, config.timeZone()).getYear();
        return cache.get("deputy:" + id, () -> reads.deputy(id).chain(d -> d == null ? Uni.createFrom().nullItem()
                : figures.year(id, year, now).map(f -> new DeputyDetails(d.id(), d.name(), d.gender(), d.ethnicity(), d.level(), d.term(),
                        d.occupation(), d.workUnit(), d.photoId(), d.biography(), d.publicContact(), d.primaryStationId(), d.stations(),
                        d.bound(), f))))
                .onItem().ifNull().failWith(ApiException::notFound);
    }

    /** A year's figures of a deputy, quarter by quarter; cached like the profile. */
    public Uni<List<DeputyDetails.QuarterFigures>> quarters(long id, Integer year) {
        Instant now = Instant.now(clock);
        int y = year != null ? year : LocalDate.ofInstant(now, config.timeZone()).getYear();
        return cache.get("deputy-quarters:" + id + ":" + y, () -> reads.activeDeputy(id)
                .chain(active -> active ? figures.quarters(id, y, now) : Uni.createFrom().nullItem()))
                .onItem().ifNull().failWith(ApiException::notFound);
    }
}
