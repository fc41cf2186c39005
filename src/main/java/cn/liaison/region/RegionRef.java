package cn.liaison.region;

/** A region's id and its path in the tree ({@code /1/5/}), which scopes and stations copy. */
public record RegionRef(Long id, String path, String name) {
}
