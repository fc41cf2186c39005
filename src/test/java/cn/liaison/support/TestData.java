package cn.liaison.support;

import io.quarkus.arc.Arc;
import io.quarkus.redis.datasource.RedisDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/** Direct access to the test database and Redis, for arranging data and checking what is stored. */
public final class TestData {

    private TestData() {
    }

    public static RowSet<Row> sql(String sql, Object... args) {
        return Arc.container().instance(Pool.class).get().preparedQuery(sql).execute(Tuple.from(args)).await().indefinitely();
    }

    /** A region under {@code parentId} (a root when null); answers its id. */
    public static long region(Long parentId, String name, String kind) {
        String code = "T" + System.nanoTime(); // unique, and within regions.code's 32 characters whatever the name
        long id = sql("insert into regions (parent_id, code, name, kind, depth, path) values ($1, $2, $3, $4, 0, $2) returning id",
                parentId, code, name, kind).iterator().next().getLong(0);
        String parentPath = parentId == null ? "/" : sql("select path from regions where id = $1", parentId).iterator().next().getString(0);
        int depth = parentId == null ? 0 : parentPath.split("/").length - 1;
        sql("update regions set path = $1, depth = $2 where id = $3", parentPath + id + "/", depth, id);
        return id;
    }

    public static void redisSet(String key, String value) {
        Arc.container().instance(RedisDataSource.class).get().value(String.class).set(key, value);
    }

    public static void redisDelete(String key) {
        Arc.container().instance(RedisDataSource.class).get().key().del(key);
    }

    public static void redisIncr(String key) {
        Arc.container().instance(RedisDataSource.class).get().value(Long.class).incr(key);
    }

    /** Empties the tests' Redis database, as a Redis restart would. */
    public static void flushRedis() {
        Arc.container().instance(RedisDataSource.class).get().execute("FLUSHDB");
    }
}
