package cn.liaison.opinion.repository;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.region.RegionPaths;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import cn.liaison.platform.persistence.Sql;

/** Opinions and the monthly figures follow a region that moves: the queue's scope, the board's regions and the staff figures stay right. */
@ApplicationScoped
public class OpinionRegionPaths implements RegionPaths {

    private final OpinionRepository opinions;

    public OpinionRegionPaths(OpinionRepository opinions) {
        this.opinions = opinions;
    }

    @Override
    public Uni<Void> moved(String from, String to) {
        return opinions.followMove(from, to)
                .chain(() -> rollupFollows("opinion_figures", from, to))
                .chain(() -> rollupFollows("opinion_staff_figures", from, to))
                .replaceWithVoid();
    }

    /**
     * A rollup's rows move with the region: the months they count are recounted only when an
     * opinion in them changes, and a move changes none. (What awaits work, {@code opinion_backlog},
     * follows the opinions' update through its trigger.)
     */
    private static Uni<Integer> rollupFollows(String table, String from, String to) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "update " + table + " set region_path = :to || substr(region_path, :cut) where region_path like " + Sql.pathPrefix(from))
                .setParameter("to", to).setParameter("cut", from.length() + 1)
                .executeUpdate());
    }
}
