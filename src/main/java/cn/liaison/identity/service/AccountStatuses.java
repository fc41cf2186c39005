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
 * Whether an account may still use its tokens, and where a staff member may act. Access tokens
 * live 15 minutes, but a disabled or deleted account must be shut out within a minute, and a
 * changed scope must apply as fast: each instance re-reads an account after
 * {@code liaison.tokens.account-status-cache-ttl} (30 s), one primary-key read.
 */
@ApplicationScoped
public class AccountStatuses {

    private static final int MAX_ENTRIES = 200_000;
    private static final String STANDING = """
            select u.disabled or u.deleted_at is not null, r.path, u.sessions_valid_from
              from users u left join regions r on r.id = u.region_id
             where u.id = $1""";

    private final Pool pool;
    private final Clock clock;
    private final long ttlMillis;
    private final Map<Long, Known> known = new ConcurrentHashMap<>();

    public AccountStatuses(Pool pool, Clock clock, LiaisonConfig config) {
        this.pool = pool;
        this.clock = clock;
        this.ttlMillis = config.tokens().accountStatusCacheTtl().toMillis();
    }

    public Uni<Standing> standing(long userId) {
        long now = clock.millis();
        Known entry = known.get(userId);
        if (entry != null && now - entry.checkedAt() < ttlMillis) {
            return Uni.createFrom().item(entry.standing());
        }
        return pool.preparedQuery(STANDING).execute(Tuple.of(userId)).map(rows -> {
            var it = rows.iterator();
            Standing standing = Standing.GONE;
            if (it.hasNext()) {
                Row row = it.next();
                var validFrom = row.getOffsetDateTime(2);
                standing = new Standing(!row.getBoolean(0), row.getString(1), validFrom == null ? 0 : validFrom.toEpochSecond());
            }
            if (known.size() > MAX_ENTRIES) {
                known.clear();
            }
            known.put(userId, new Known(standing, now));
            return standing;
        });
    }

    /** Forgets what this instance knows of an account whose state just changed here. */
    public void forget(long userId) {
        known.remove(userId);
    }

    /**
     * Whether the account may act, for staff the path of their region (null otherwise), and the
     * second from which its tokens stand (0: all do).
     */
    public record Standing(boolean active, String regionPath, long sessionsValidFrom) {
        static final Standing GONE = new Standing(false, null, 0);

        public boolean honours(long issuedAt) {
            return issuedAt >= sessionsValidFrom;
        }
    }

    private record Known(Standing standing, long checkedAt) {
    }
}
