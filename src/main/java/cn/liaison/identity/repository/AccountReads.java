package cn.liaison.identity.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The read every authenticated request may make (when its instance has not made it lately), on the reactive pool. */
@ApplicationScoped
public class AccountReads {

    /** An account as a request sees it: whether it may act, its region, and the generation of sessions that stand. */
    public record Status(boolean active, Long regionId, int sessionGeneration) {
    }

    private final Pool pool;

    public AccountReads(Pool pool) {
        this.pool = pool;
    }

    /** The account's status, or null when there is no such account. */
    public Uni<Status> status(long userId) {
        return pool.preparedQuery("select not (disabled or deleted_at is not null), region_id, session_generation from users where id = $1")
                .execute(Tuple.of(userId)).map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new Status(row.getBoolean(0), row.getLong(1), row.getInteger(2));
                });
    }

    /** The WeChat openids of those of the accounts that have one (a deleted account has none), by id. */
    public Uni<Map<Long, String>> openids(Collection<Long> userIds) {
        return pool.preparedQuery("select id, openid from users where id = any($1) and openid is not null")
                .execute(Tuple.of(userIds.toArray(Long[]::new))).map(rows -> {
                    Map<Long, String> openids = new HashMap<>();
                    rows.forEach(r -> openids.put(r.getLong(0), r.getString(1)));
                    return openids;
                });
    }
}
