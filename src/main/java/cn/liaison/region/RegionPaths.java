package cn.liaison.region;

import io.smallrye.mutiny.Uni;

/**
 * A feature that keeps a copy of its rows' region path (so that a scope check is a prefix match,
 * without a join) follows a region that moves, in the mover's transaction: every path that began
 * with {@code from} begins with {@code to} instead (platform/persistence/PathMove has the update).
 */
public interface RegionPaths {

    Uni<Void> moved(String from, String to);
}
