package cn.liaison.region.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.region.Region;
import cn.liaison.region.RegionKind;
import cn.liaison.region.RegionPaths;
import cn.liaison.region.Regions;
import cn.liaison.region.repository.RegionRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Admins keep the region tree: add a region, rename it, deactivate it (it stays on what points at
 * it), or move it under another parent, as when a township is merged into another. A move rewrites
 * the path of the region and everything below it, and every feature's copy of those paths
 * ({@link RegionPaths}) in the same transaction, so scopes, queues and the board follow at once.
 */
@ApplicationScoped
@WithTransaction
public class RegionAdministration {

    public record NewRegion(Long parentId, @NotBlank @Size(max = 32) @Pattern(regexp = "[0-9A-Za-z-]+") String code,
            @NotBlank @Size(max = 64) String name, @NotNull RegionKind kind) {
    }

    public record RegionChange(@Size(min = 1, max = 64) @Pattern(regexp = ".*\\S.*") String name, Boolean active) {
    }

    public record Move(Long parentId) {
    }

    private final RegionRepository regions;
    private final Instance<RegionPaths> followers;
    private final Regions cache;

    public RegionAdministration(RegionRepository regions, Instance<RegionPaths> followers, Regions cache) {
        this.regions = regions;
        this.followers = followers;
        this.cache = cache;
    }

    public Uni<Region> create(@Valid NewRegion input) {
        return parent(input.parentId()).chain(parent -> regions.byCode(input.code().strip()).chain(existing -> {
            if (existing != null) {
                throw new ApiException(ErrorCode.REGION_CODE_TAKEN);
            }
            Region region = new Region();
            region.parentId = parent == null ? null : parent.id;
            region.code = input.code().strip();
            region.name = input.name().strip();
            region.kind = input.kind().name();
            region.depth = (short) (parent == null ? 0 : parent.depth + 1);
            region.path = "/new-" + region.code + "/"; // the id is not known before the insert
            return regions.persistAndFlush(region).invoke(saved -> saved.path = (parent == null ? "/" : parent.path) + saved.id + "/");
        }));
    }

    public Uni<Region> update(long id, @Valid RegionChange change) {
        return found(id).invoke(region -> {
            if (change.name() != null) {
                region.name = change.name().strip();
            }
            if (change.active() != null) {
                region.active = change.active();
            }
        });
    }

    /** Under {@code parentId}, or a root when it is null; never under itself or below itself. */
    public Uni<Region> move(long id, Move move) {
        return found(id).chain(region -> parent(move.parentId()).chain(parent -> {
            if (parent != null && parent.isWithin(region)) {
                throw ApiException.invalidField("parentId", "field.region-move-below-itself");
            }
            String from = region.path;
            String to = (parent == null ? "/" : parent.path) + region.id + "/";
            int deeper = (parent == null ? 0 : parent.depth + 1) - region.depth;
            region.parentId = parent == null ? null : parent.id;
            if (from.equals(to)) {
                return Uni.createFrom().item(region);
            }
            return regions.flush()
                    .chain(() -> regions.moveSubtree(from, to, deeper))
                    .chain(() -> Multi.createFrom().iterable(followers).onItem().transformToUniAndConcatenate(f -> f.moved(from, to))
                            .collect().last())
                    .invoke(cache::forget)
                    .map(nothing -> {
                        region.path = to; // as the bulk update wrote it
                        region.depth = (short) (region.depth + deeper);
                        return region;
                    });
        }));
    }

    private Uni<Region> found(long id) {
        return regions.findById(id).onItem().ifNull().failWith(ApiException::notFound);
    }

    private Uni<Region> parent(Long parentId) {
        if (parentId == null) {
            return Uni.createFrom().nullItem();
        }
        return regions.findById(parentId).onItem().ifNull().failWith(() -> ApiException.invalidField("parentId", "field.region-unknown"));
    }
}
