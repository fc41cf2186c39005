package cn.liaison.region.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Hot reads of the region tree on the reactive pool, outside any Hibernate session. */
@ApplicationScoped
public class RegionReads {

    private final Pool pool;

    public RegionReads(Pool pool) {
        this.pool = pool;
    }

    /** The path of the region, or null when there is none. */
    public Uni<String> pathOf(long id) {
        return pool.preparedQuery("select path from regions where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
    }
}
