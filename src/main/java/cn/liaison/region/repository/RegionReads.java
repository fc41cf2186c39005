package cn.liaison.region.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.region.RegionLabel;
import cn.liaison.region.RegionRef;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
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

    /** The region's id, path and name, or null when there is none. */
    public Uni<RegionRef> find(long id) {
        return pool.preparedQuery("select id, path, name from regions where id = $1").execute(Tuple.of(id)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row row = rows.iterator().next();
            return new RegionRef(row.getLong(0), row.getString(1), row.getString(2));
        });
    }

    /** The names of the children of {@code parentId} (the top regions when null), by id. */
    public Uni<Map<Long, String>> childNames(Long parentId) {
        return pool.preparedQuery("select id, name from regions where parent_id is not distinct from $1").execute(Tuple.of(parentId))
                .map(rows -> {
                    Map<Long, String> names = new HashMap<>();
                    rows.forEach(row -> names.put(row.getLong(0), row.getString(1)));
                    return names;
                });
    }

    /** The names and division codes of those of the regions that exist, by id. */
    public Uni<Map<Long, RegionLabel>> labels(Collection<Long> ids) {
        return pool.preparedQuery("select id, name, code from regions where id = any($1)").execute(Tuple.of(ids.toArray(Long[]::new)))
                .map(rows -> {
                    Map<Long, RegionLabel> labels = new HashMap<>();
                    rows.forEach(row -> labels.put(row.getLong(0), new RegionLabel(row.getString(1), row.getString(2))));
                    return labels;
                });
    }
}
