package cn.liaison.region;

import io.smallrye.mutiny.Uni;

/**
 * A feature that keeps a copy of its rows' region path (so that a scope check is a prefix match,
 * without a join) follows a region that moves, in the mover's transaction: every path that began
 * with {@code from} begins with {@code to} instead.
 */
public interface RegionPaths {

    Uni<Void> moved(String from, String to);

    /** The HQL assignment and condition every implementation runs on its own entities. */
    String FOLLOW = "regionPath = concat(?1, substring(regionPath, ?2)) where regionPath like ?3";

    static Object[] followArguments(String from, String to) {
        return new Object[] { to, from.length() + 1, from + "%" };
    }
}
