package cn.liaison.region.rest;

import cn.liaison.region.Region;

public record RegionView(Long id, Long parentId, String code, String name, String kind, int depth) {

    public static RegionView of(Region region) {
        return new RegionView(region.id, region.parentId, region.code, region.name, region.kind, region.depth);
    }
}
