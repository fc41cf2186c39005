package cn.liaison.directory.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.repository.DeputyRepository;
import cn.liaison.directory.repository.ProfileChangeRepository;
import cn.liaison.directory.repository.StationRepository;
import cn.liaison.region.RegionPaths;
import io.smallrye.mutiny.Uni;

/** Stations, deputies and pending profile changes follow a region that moves; the public directory is read afresh. */
@ApplicationScoped
public class DirectoryRegionPaths implements RegionPaths {

    private final StationRepository stations;
    private final DeputyRepository deputies;
    private final ProfileChangeRepository changes;
    private final DirectoryCache cache;

    public DirectoryRegionPaths(StationRepository stations, DeputyRepository deputies, ProfileChangeRepository changes,
            DirectoryCache cache) {
        this.stations = stations;
        this.deputies = deputies;
        this.changes = changes;
        this.cache = cache;
    }

    @Override
    public Uni<Void> moved(String from, String to) {
        return stations.followMove(from, to)
                .chain(() -> deputies.followMove(from, to))
                .chain(() -> changes.followMove(from, to))
                .chain(cache::changed);
    }
}
