package cn.liaison.region;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.liaison.region.repository.RegionReads;
import cn.liaison.region.repository.RegionRepository;
import io.smallrye.mutiny.Uni;

/** What other features may know of a region, in values. Runs in the caller's session and transaction. */
@ApplicationScoped
public class Regions {

    /** The path of no region: what a filter by a region that does not exist matches. */
    public static final String NOWHERE = "/none/";

    /** No path: what a region that does not exist has. */
    private static final String NONE = "";

    private final RegionRepository regions;
    private final RegionReads reads;
    /**
     * Paths change only when a region moves, which no API does yet; an instance notices within a
     * minute when one does.
     */
    private final Cache<Long, String> paths = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(1))
            .build();

    public Regions(RegionRepository regions, RegionReads reads) {
        this.regions = regions;
        this.reads = reads;
    }

    /**
     * The path of region {@code id} ({@code /1/5/}), or null when there is none; from this instance's
     * memory when asked lately, outside any session.
     */
    public Uni<String> pathOf(long id) {
        String known = paths.getIfPresent(id);
        Uni<String> path = known != null ? Uni.createFrom().item(known)
                : reads.pathOf(id).map(read -> read == null ? NONE : read).invoke(read -> paths.put(id, read));
        return path.map(p -> p.isEmpty() ? null : p);
    }

    /**
     * The path a list filtered by region {@code id} is limited to: the region's own, {@link #NOWHERE}
     * when there is no such region, null when the list is not filtered by region.
     */
    public Uni<String> filterPath(Long id) {
        return id == null ? Uni.createFrom().nullItem() : pathOf(id).map(path -> path == null ? NOWHERE : path);
    }

    /** The region, or null. */
    public Uni<RegionRef> byId(long id) {
        return regions.findById(id).map(r -> r == null ? null : new RegionRef(r.id, r.path, r.name));
    }

    /** The region's id, path and name, or null when there is none; outside any session. */
    public Uni<RegionRef> find(long id) {
        return reads.find(id);
    }

    /** The names of the children of {@code parentId} (the top regions when null), by id; outside any session. */
    public Uni<Map<Long, String>> childNames(Long parentId) {
        return reads.childNames(parentId);
    }

    /** The names and codes of those of the regions that exist, by id; outside any session. */
    public Uni<Map<Long, RegionLabel>> labels(Collection<Long> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(Map.of()) : reads.labels(ids);
    }

    /** After a move: paths are read afresh on this instance (others within a minute). */
    public void forget() {
        paths.invalidateAll();
    }
}
