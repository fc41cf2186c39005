package cn.liaison.region.repository;

import static cn.liaison.platform.persistence.PlanReusingPool.plannedForItsValues;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.persistence.Sql;
import cn.liaison.region.Region;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class RegionRepository implements PanacheRepositoryBase<Region, Long> {

    /** Up to {@code count} children of {@code parentId} (roots when null) after id {@code afterId}; uses regions_parent_idx. */
    public Uni<List<Region>> children(Long parentId, long afterId, int count) {
        Parameters parameters = Parameters.with("after", afterId);
        String parent = "parentId is null";
        if (parentId != null) {
            parent = "parentId = :parent";
            parameters.and("parent", parentId);
        }
        return find(parent + " and id > :after order by id", parameters).range(0, count - 1).list();
    }

    /**
     * Up to {@code count} regions anywhere whose name holds {@code text} or whose code starts with it,
     * after id {@code afterId}: an office looking for a township among a province's villages. The
     * user's % and _ are taken literally.
     */
    public Uni<List<Region>> named(String text, long afterId, int count) {
        String literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return Panache.getSession().chain(session -> session.createNativeQuery(plannedForItsValues(
                        "select * from regions where (name like :contains or code like :starts) and id > :after order by id limit " + count),
                        Region.class)
                .setParameter("contains", "%" + literal + "%").setParameter("starts", literal + "%").setParameter("after", afterId)
                .getResultList());
    }

    /** The region's ancestors and itself, root first (their ids are its path). */
    public Uni<List<Region>> lineage(Region region) {
        List<Long> ids = Arrays.stream(region.path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        return list("id in ?1 order by depth", ids);
    }

    /** Moves {@code from} and everything below it to {@code to}, each depth by {@code deeper}. */
    public Uni<Integer> moveSubtree(String from, String to, int deeper) {
        return update("path = concat(?1, substring(path, ?2)), depth = depth + ?3 where path like " + Sql.pathPrefix(from), to,
                from.length() + 1, deeper);
    }

    public Uni<Region> byCode(String code) {
        return find("code", code).firstResult();
    }
}
