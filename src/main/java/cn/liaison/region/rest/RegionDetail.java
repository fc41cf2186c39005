package cn.liaison.region.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RegionDetail(
        RegionView region,
        @Schema(description = "From the root down to the region itself") List<RegionView> lineage) {
}
