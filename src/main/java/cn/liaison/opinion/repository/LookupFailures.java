package cn.liaison.opinion.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Wrong lookup codes tried on an opinion, counted on a connection of their own: the failure that follows must not take the count back. */
@ApplicationScoped
public class LookupFailures {

    private final Pool pool;

    public LookupFailures(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> count(long opinionId) {
        return pool.preparedQuery("update opinions set lookup_failures = lookup_failures + 1 where id = $1")
                .execute(Tuple.of(opinionId)).replaceWithVoid();
    }
}
