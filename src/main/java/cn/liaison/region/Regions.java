package cn.liaison.region;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.region.repository.RegionRepository;
import io.smallrye.mutiny.Uni;

/** What other features may know of a region, in values. Runs in the caller's session and transaction. */
@ApplicationScoped
public class Regions {

    /** A region's id and its path in the tree ({@code /1/5/}), which scopes and stations copy. */
    public record Ref(Long id, String path, String name) {
    }

    private final RegionRepository regions;

    public Regions(RegionRepository regions) {
        this.regions = regions;
    }

    /** The region, or null. */
    public Uni<Ref> byId(long id) {
        return regions.findById(id).map(r -> r == null ? null : new Ref(r.id, r.path, r.name));
    }
}
