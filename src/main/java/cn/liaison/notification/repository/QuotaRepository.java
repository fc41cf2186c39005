package cn.liaison.notification.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** How many subscribe messages each user allowed per template ({@code subscription_quotas}). */
@ApplicationScoped
public class QuotaRepository {

    private static final String GRANT_ONE = "insert into subscription_quotas (user_id, template_id, remaining, updated_at)"
            + " values (:user, :template, 1, :now) on conflict (user_id, template_id) do update"
            + " set remaining = subscription_quotas.remaining + 1, updated_at = excluded.updated_at";

    private final Pool pool;

    public QuotaRepository(Pool pool) {
        this.pool = pool;
    }

    /** One more message allowed per template named, then what the user has, by template; in the caller's transaction. */
    public Uni<Map<String, Integer>> grant(long userId, List<String> templateIds, Instant now) {
        return Panache.getSession().chain(session -> {
            Uni<Integer> counted = Uni.createFrom().item(0);
            for (String templateId : templateIds) {
                counted = counted.chain(() -> session.createNativeQuery(GRANT_ONE)
                        .setParameter("user", userId)
                        .setParameter("template", templateId)
                        .setParameter("now", now.atOffset(ZoneOffset.UTC))
                        .executeUpdate());
            }
            return counted.chain(() -> session.createNativeQuery("select template_id, remaining from subscription_quotas"
                    + " where user_id = :user order by template_id", Object[].class).setParameter("user", userId).getResultList());
        }).map(rows -> {
            Map<String, Integer> remaining = new TreeMap<>();
            rows.forEach(r -> remaining.put((String) r[0], ((Number) r[1]).intValue()));
            return remaining;
        });
    }

    /** Takes one allowed message; false when none is left. */
    public Uni<Boolean> take(long userId, String templateId, Instant now) {
        return pool.preparedQuery("update subscription_quotas set remaining = remaining - 1, updated_at = $3"
                + " where user_id = $1 and template_id = $2 and remaining > 0")
                .execute(Tuple.of(userId, templateId, now.atOffset(ZoneOffset.UTC))).map(rows -> rows.rowCount() == 1);
    }

    public Uni<Void> giveBack(long userId, String templateId) {
        return pool.preparedQuery("update subscription_quotas set remaining = remaining + 1 where user_id = $1 and template_id = $2")
                .execute(Tuple.of(userId, templateId)).replaceWithVoid();
    }

    public Uni<Void> clear(long userId, String templateId) {
        return pool.preparedQuery("update subscription_quotas set remaining = 0 where user_id = $1 and template_id = $2")
                .execute(Tuple.of(userId, templateId)).replaceWithVoid();
    }
}
