package cn.liaison.identity.service;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.config.LiaisonConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Whether an account may still use its tokens. Access tokens live 15 minutes, but a disabled or
 * deleted account must be shut out within a minute: each instance re-reads an account's state
 * after {@code liaison.tokens.account-status-cache-ttl} (30 s), one indexed primary-key read.
 */
@ApplicationScoped
public class AccountStatuses {

    private static final int MAX_ENTRIES = 200_000;

    private final Pool pool;
    private final Clock clock;
    private final long ttlMillis;
    private final Map<Long, Known> known = new ConcurrentHashMap<>();

    public AccountStatuses(Pool pool, Clock clock, LiaisonConfig config) {
        this.pool = pool;
        this.clock = clock;
        this.ttlMillis = config.tokens().accountStatusCacheTtl().toMillis();
    }

    public Uni<Boolean> isActive(long userId) {
        long now = clock.millis();
        Known entry = known.get(userId);
        if (entry != null && now - entry.checkedAt() < ttlMillis) {
            return Uni.createFrom().item(entry.active());
        }
        return pool.preparedQuery("select disabled, deleted_at is not null from users where id = $1")
                .execute(Tuple.of(userId))
                .map(rows -> {
                    var it = rows.iterator();
                    boolean active = false;
                    if (it.hasNext()) {
                        Row row = it.next();
                        active = !row.getBoolean(0) && !row.getBoolean(1);
                    }
                    if (known.size() > MAX_ENTRIES) {
                        known.clear();
                    }
                    known.put(userId, new Known(active, now));
                    return active;
                });
    }

    /** Forgets what this instance knows of an account whose state just changed here. */
    public void forget(long userId) {
        known.remove(userId);
    }

    private record Known(boolean active, long checkedAt) {
    }
}
