package cn.liaison.region.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.region.Region;

public record RegionView(Long id, Long parentId, String code, String name, String kind, int depth, boolean active,
        @Schema(description = "城乡分类代码 of a village or community, when the division-code file gave one") String urbanRuralCode) {

    public static RegionView of(Region region) {
        return new RegionView(region.id, region.parentId, region.code, region.name, region.kind, region.depth, region.active,
                region.urbanRuralCode);
    }
}
