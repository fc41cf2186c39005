package cn.liaison.opinion.repository;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.region.RegionPaths;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import cn.liaison.platform.persistence.Sql;

/** Opinions and the monthly figures follow a region that moves: the queue's scope and the board's regions stay right. */
@ApplicationScoped
public class OpinionRegionPaths implements RegionPaths {

    private final OpinionRepository opinions;

    public OpinionRegionPaths(OpinionRepository opinions) {
        this.opinions = opinions;
    }

    @Override
    public Uni<Void> moved(String from, String to) {
        return opinions.followMove(from, to)
                .chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                                "update opinion_figures set region_path = :to || substr(region_path, :cut) where region_path like "
                                        + Sql.pathPrefix(from))
                        .setParameter("to", to).setParameter("cut", from.length() + 1)
                        .executeUpdate()))
                .replaceWithVoid();
    }
}
