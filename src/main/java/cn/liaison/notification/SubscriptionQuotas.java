package cn.liaison.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.idempotency.Idempotency;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * How many subscribe messages each user allowed per template. Each consent the mini-program reports
 * allows one message; the dispatcher takes one before sending and gives it back when WeChat failed.
 */
@ApplicationScoped
public class SubscriptionQuotas {

    private final Idempotency idempotency;
    private final Pool pool;
    private final NotificationTemplates templates;
    private final Clock clock;

    public SubscriptionQuotas(Idempotency idempotency, Pool pool, NotificationTemplates templates, Clock clock) {
        this.idempotency = idempotency;
        this.pool = pool;
        this.templates = templates;
        this.clock = clock;
    }

    /** The consents of one {@code wx.requestSubscribeMessage}: the template ids the user accepted. */
    @Schema(name = "SubscriptionConsent")
    public record Consent(@NotNull @NotEmpty @Size(max = 20) List<@NotNull @Size(max = 64) String> templateIds) {
    }

    /** What the user has allowed, per template, after the consent. */
    @Schema(name = "SubscriptionQuota")
    public record Quota(String templateId, int remaining) {
    }

    public record Quotas(List<Quota> quotas) {
    }

    /** Counts a consent once, however often a phone on a bad network repeats it (Idempotency-Key). */
    @WithTransaction
    public Uni<Quotas> grant(long userId, String idempotencyKey, Consent consent) {
        Set<String> known = templates.ids();
        if (!known.containsAll(consent.templateIds())) {
            return Uni.createFrom().failure(ApiException.invalidField("templateIds", "field.template-unknown"));
        }
        Instant now = Instant.now(clock);
        return idempotency.once("subscriptions:" + userId, idempotencyKey, consent, Quotas.class, () -> Panache.getSession()
                .chain(session -> {
                    Uni<Integer> counted = Uni.createFrom().item(0);
                    for (String templateId : consent.templateIds()) {
                        counted = counted.chain(() -> session.createNativeQuery(GRANT_ONE)
                                .setParameter("user", userId)
                                .setParameter("template", templateId)
                                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                                .executeUpdate());
                    }
                    return counted.chain(() -> session.createNativeQuery("select template_id, remaining from subscription_quotas"
                            + " where user_id = :user order by template_id", Object[].class).setParameter("user", userId).getResultList());
                })
                .map(rows -> new Quotas(rows.stream().map(r -> new Quota((String) r[0], ((Number) r[1]).intValue())).toList())))
                .map(Idempotency.Outcome::answer);
    }

    private static final String GRANT_ONE = "insert into subscription_quotas (user_id, template_id, remaining, updated_at)"
            + " values (:user, :template, 1, :now) on conflict (user_id, template_id) do update"
            + " set remaining = subscription_quotas.remaining + 1, updated_at = excluded.updated_at";

    /** Takes one allowed message; false when none is left. */
    Uni<Boolean> take(long userId, String templateId) {
        return pool.preparedQuery("update subscription_quotas set remaining = remaining - 1, updated_at = $3"
                + " where user_id = $1 and template_id = $2 and remaining > 0")
                .execute(Tuple.of(userId, templateId, Instant.now(clock).atOffset(ZoneOffset.UTC))).map(rows -> rows.rowCount() == 1);
    }

    /** Gives back a message that was not sent because WeChat failed. */
    Uni<Void> giveBack(long userId, String templateId) {
        return pool.preparedQuery("update subscription_quotas set remaining = remaining + 1 where user_id = $1 and template_id = $2")
                .execute(Tuple.of(userId, templateId)).replaceWithVoid();
    }

    /** WeChat says the user allows nothing more (43101): our count was wrong, so forget it. */
    Uni<Void> clear(long userId, String templateId) {
        return pool.preparedQuery("update subscription_quotas set remaining = 0 where user_id = $1 and template_id = $2")
                .execute(Tuple.of(userId, templateId)).replaceWithVoid();
    }
}
