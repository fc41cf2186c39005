package cn.liaison.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.liaison.identity.Accounts;
import cn.liaison.notification.repository.NotificationRepository;
import cn.liaison.notification.repository.NotificationRepository.Claimed;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.wechat.WeChatPlatform;
import cn.liaison.wechat.WeChatPlatform.Delivery;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Sends the outbox. Every instance runs it; a batch is claimed with {@code FOR UPDATE SKIP LOCKED}
 * and its next attempt pushed past the claim period, so no two instances send the same
 * notification. WeChat failures are retried with exponential backoff and parked after
 * {@code max-attempts}; a user without consent left, or who refused (43101), gets it in the inbox.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);
    static final int BATCH = 50;
    private static final int MAX_BATCHES_PER_RUN = 20;
    private static final int SENDING_AT_ONCE = 8;

    private final NotificationRepository notifications;
    private final Accounts accounts;
    private final WeChatPlatform wechat;
    private final SubscriptionQuotas quotas;
    private final NotificationConfig settings;
    private final LiaisonConfig config;
    private final NotificationTemplates templates;
    private final Clock clock;

    public NotificationDispatcher(NotificationRepository notifications, Accounts accounts, WeChatPlatform wechat, SubscriptionQuotas quotas,
            NotificationConfig settings, LiaisonConfig config, NotificationTemplates templates, Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.wechat = wechat;
        this.quotas = quotas;
        this.settings = settings;
        this.config = config;
        this.templates = templates;
        this.clock = clock;
    }

    @Scheduled(every = "${liaison.jobs.dispatch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return dispatchDue().onFailure().invoke(e -> LOG.warnf("Notification dispatch failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Sends everything due now, batch after batch; the number handled. */
    public Uni<Integer> dispatchDue() {
        return dispatchBatches(0, 0);
    }

    private Uni<Integer> dispatchBatches(int batches, int handled) {
        Instant now = Instant.now(clock);
        return notifications.claim(now, now.plus(settings.claimFor()), BATCH).chain(batch -> accounts.openids(batch.stream()
                .map(Claimed::recipientId).toList()).chain(openids -> Multi.createFrom().iterable(batch)
                .onItem().transformToUni(n -> deliver(n, openids.get(n.recipientId()))).merge(SENDING_AT_ONCE)
                .collect().asList()
                .chain(sent -> batch.size() < BATCH || batches + 1 >= MAX_BATCHES_PER_RUN
                        ? Uni.createFrom().item(handled + batch.size())
                        : dispatchBatches(batches + 1, handled + batch.size()))));
    }

    /** A deleted account has no openid any more, so its notifications stay in the inbox. */
    private Uni<Void> deliver(Claimed n, String openid) {
        NotificationTemplates.Template template = templates.of(n.kind()).orElse(null);
        if (openid == null || template == null) {
            return finish(n, "INBOX", null);
        }
        return quotas.take(n.recipientId(), template.id()).chain(taken -> {
            if (!taken) {
                return finish(n, "INBOX", "no subscription consent left");
            }
            var data = SubscribeMessage.data(template.fields(), n.kind(), n.payload(), Instant.now(clock), config.timeZone());
            JsonNode suggestion = n.payload().path("suggestionId");
            String page = suggestion.isMissingNode() ? settings.page().replace("{id}", n.payload().path("opinionId").asText())
                    : settings.suggestionPage().replace("{id}", suggestion.asText());
            return wechat.sendSubscribeMessage(openid, template.id(), page, settings.miniprogramState(), data)
                    .onFailure().recoverWithItem(new Delivery(-1))
                    .chain(delivery -> {
                        if (delivery.sent()) {
                            return finish(n, "WECHAT_SUBSCRIBE", null);
                        }
                        if (delivery.errcode() == Delivery.USER_REFUSED) {
                            return quotas.clear(n.recipientId(), template.id()).chain(() -> finish(n, "INBOX", "errcode 43101"));
                        }
                        return quotas.giveBack(n.recipientId(), template.id()).chain(() -> retryOrPark(n, delivery.errcode()));
                    });
        });
    }

    private Uni<Void> finish(Claimed n, String channel, String note) {
        return notifications.delivered(n, channel, Instant.now(clock), note);
    }

    /** Waits first-retry-after, then twice as long each time; a field WeChat rejects (47003) will not improve. */
    private Uni<Void> retryOrPark(Claimed n, int errcode) {
        String error = errcode == -1 ? "WeChat unavailable" : "errcode " + errcode;
        boolean park = n.attempts() >= settings.maxAttempts() || errcode == Delivery.BAD_FIELD;
        Duration wait = settings.firstRetryAfter().multipliedBy(1L << Math.min(n.attempts() - 1, 16));
        return notifications.retryOrPark(n, park, Instant.now(clock).plus(wait), error)
                .invoke(() -> {
                    if (park) {
                        LOG.warnf("Notification %d parked after %d attempts: %s", n.id(), n.attempts(), error);
                    }
                })
                .replaceWithVoid();
    }
}
