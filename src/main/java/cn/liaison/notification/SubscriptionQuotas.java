package cn.liaison.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.notification.repository.QuotaRepository;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.idempotency.Idempotency;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * How many subscribe messages each user allowed per template. Each consent the mini-program reports
 * allows one message; the dispatcher takes one before sending and gives it back when WeChat failed.
 */
@ApplicationScoped
public class SubscriptionQuotas {

    private final Idempotency idempotency;
    private final QuotaRepository quotas;
    private final NotificationTemplates templates;
    private final Clock clock;

    public SubscriptionQuotas(Idempotency idempotency, QuotaRepository quotas, NotificationTemplates templates, Clock clock) {
        this.idempotency = idempotency;
        this.quotas = quotas;
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
        return idempotency.once("subscriptions:" + userId, idempotencyKey, consent, Quotas.class, () -> quotas
                .grant(userId, consent.templateIds(), now)
                .map(remaining -> new Quotas(remaining.entrySet().stream().map(e -> new Quota(e.getKey(), e.getValue())).toList())))
                .map(Idempotency.Outcome::answer);
    }


    /** Takes one allowed message; false when none is left. */
    Uni<Boolean> take(long userId, String templateId) {
        return quotas.take(userId, templateId, Instant.now(clock));
    }

    /** Gives back a message that was not sent because WeChat failed. */
    Uni<Void> giveBack(long userId, String templateId) {
        return quotas.giveBack(userId, templateId);
    }

    /** WeChat says the user allows nothing more (43101): our count was wrong, so forget it. */
    Uni<Void> clear(long userId, String templateId) {
        return quotas.clear(userId, templateId);
    }
}
