package cn.liaison.region.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.region.Region;
import cn.liaison.region.repository.RegionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Anyone walks the region tree down from the top, or finds a region by a part of its name or code. */
@ApplicationScoped
@WithSession
public class RegionBrowsing {

    /** A region and its ancestors, root first, itself last. */
    public record WithLineage(Region region, List<Region> lineage) {
    }

    private final RegionRepository regions;

    public RegionBrowsing(RegionRepository regions) {
        this.regions = regions;
    }

    /**
     * One page more than asked (the page tells from it whether there is a next): the children of
     * {@code parentId} (the top regions when null), or with {@code text} the regions anywhere named so.
     */
    public Uni<List<Region>> children(Long parentId, String text, PageRequest page) {
        long after = page.cursor == null ? 0 : Cursor.longKey(page.cursor);
        return text == null || text.isBlank() ? regions.children(parentId, after, page.limit + 1)
                : regions.named(text.strip(), after, page.limit + 1);
    }

    /** Read in one session; a region that does not exist is not found. */
    public Uni<WithLineage> withLineage(long id) {
        return regions.findById(id)
                .onItem().ifNull().failWith(ApiException::notFound)
                .chain(region -> regions.lineage(region).map(lineage -> new WithLineage(region, lineage)));
    }
}
