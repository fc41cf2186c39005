package cn.liaison.region.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Writes of a whole division-code file: one transaction, in batches, whatever the file's size. */
@ApplicationScoped
public class RegionTreeWrites {

    /** A region as the import sees it. */
    public record Node(long id, Long parentId, String code, String name, String kind, int depth, String path, String urbanRural) {
    }

    private final Pool pool;

    public RegionTreeWrites(Pool pool) {
        this.pool = pool;
    }

    /** The regions with these codes, by code. */
    public Uni<Map<String, Node>> byCodes(Collection<String> codes) {
        return pool.preparedQuery("select id, parent_id, code, name, kind, depth, path, urban_rural_code from regions where code = any($1)")
                .execute(Tuple.of(codes.toArray(String[]::new))).map(rows -> {
                    Map<String, Node> found = new HashMap<>();
                    for (Row r : rows) {
                        found.put(r.getString(2), new Node(r.getLong(0), r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getInteger(5), r.getString(6), r.getString(7)));
                    }
                    return found;
                });
    }

    /** {@code count} ids from the regions' sequence, so that paths can be written with the rows. */
    public Uni<List<Long>> newIds(int count) {
        if (count == 0) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery("select nextval('regions_id_seq') from generate_series(1, $1)").execute(Tuple.of(count)).map(rows -> {
            List<Long> ids = new ArrayList<>(count);
            rows.forEach(r -> ids.add(r.getLong(0)));
            return ids;
        });
    }

    /** Inserts the new regions (parents before children) and renames the others, all or nothing. */
    public Uni<Void> write(List<Node> created, List<Node> renamed) {
        List<Tuple> inserts = created.stream().map(n -> Tuple.from(new Object[] { n.id(), n.parentId(), n.code(), n.name(), n.kind(),
                (short) n.depth(), n.path(), n.urbanRural() })).toList();
        List<Tuple> updates = renamed.stream().map(n -> Tuple.of(n.id(), n.name(), n.urbanRural())).toList();
        return pool.withTransaction(connection -> batch(connection.preparedQuery(
                        "insert into regions (id, parent_id, code, name, kind, depth, path, urban_rural_code) values ($1, $2, $3, $4, $5, $6, $7, $8)"),
                inserts)
                .chain(() -> batch(connection.preparedQuery("update regions set name = $2, urban_rural_code = $3 where id = $1"), updates)));
    }

    private static Uni<Void> batch(io.vertx.mutiny.sqlclient.PreparedQuery<io.vertx.mutiny.sqlclient.RowSet<Row>> query, List<Tuple> tuples) {
        if (tuples.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return query.executeBatch(tuples).replaceWithVoid();
    }
}
