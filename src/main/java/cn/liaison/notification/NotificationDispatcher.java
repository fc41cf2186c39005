package cn.liaison.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.logging.Logger;

import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.wechat.WeChatPlatform;
import cn.liaison.wechat.WeChatPlatform.Delivery;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

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

    private static final String CLAIM = """
            update notifications n set attempts = n.attempts + 1, next_attempt_at = $2
              from (select id from notifications where state = 'PENDING' and next_attempt_at <= $1
                     order by next_attempt_at limit $3 for update skip locked) due, users u
             where n.id = due.id and u.id = n.recipient_id
            returning n.id, n.recipient_id, n.kind, n.payload, n.attempts, u.openid""";

    private final Pool pool;
    private final WeChatPlatform wechat;
    private final SubscriptionQuotas quotas;
    private final LiaisonConfig config;
    private final NotificationTemplates templates;
    private final Clock clock;

    public NotificationDispatcher(Pool pool, WeChatPlatform wechat, SubscriptionQuotas quotas, LiaisonConfig config,
            NotificationTemplates templates, Clock clock) {
        this.pool = pool;
        this.wechat = wechat;
        this.quotas = quotas;
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
        return claim().chain(batch -> Multi.createFrom().iterable(batch)
                .onItem().transformToUni(this::deliver).merge(SENDING_AT_ONCE)
                .collect().asList()
                .chain(sent -> batch.size() < BATCH || batches + 1 >= MAX_BATCHES_PER_RUN
                        ? Uni.createFrom().item(handled + batch.size())
                        : dispatchBatches(batches + 1, handled + batch.size())));
    }

    private Uni<List<Claimed>> claim() {
        Instant now = Instant.now(clock);
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(now.atOffset(ZoneOffset.UTC), now.plus(config.notifications().claimFor()).atOffset(ZoneOffset.UTC), BATCH))
                .map(rows -> {
                    List<Claimed> claimed = new ArrayList<>();
                    rows.forEach(r -> claimed.add(Claimed.of(r)));
                    return claimed;
                });
    }

    private Uni<Void> deliver(Claimed n) {
        NotificationTemplates.Template template = templates.of(n.kind()).orElse(null);
        if (n.openid() == null || template == null) {
            return finish(n, "INBOX", null);
        }
        return quotas.take(n.recipientId(), template.id()).chain(taken -> {
            if (!taken) {
                return finish(n, "INBOX", "no subscription consent left");
            }
            var data = SubscribeMessage.data(template.fields(), n.kind(), n.payload(), Instant.now(clock), config.timeZone());
            String page = config.notifications().page().replace("{id}", n.payload().path("opinionId").asText());
            return wechat.sendSubscribeMessage(n.openid(), template.id(), page, config.notifications().miniprogramState(), data)
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
        return pool.preparedQuery("update notifications set state = 'DELIVERED', channel = $3, delivered_at = $4, last_error = $5"
                + " where id = $1 and attempts = $2")
                .execute(Tuple.of(n.id(), n.attempts(), channel, Instant.now(clock).atOffset(ZoneOffset.UTC), note))
                .replaceWithVoid();
    }

    /** Waits first-retry-after, then twice as long each time; a field WeChat rejects (47003) will not improve. */
    private Uni<Void> retryOrPark(Claimed n, int errcode) {
        String error = errcode == -1 ? "WeChat unavailable" : "errcode " + errcode;
        boolean park = n.attempts() >= config.notifications().maxAttempts() || errcode == Delivery.BAD_FIELD;
        Duration wait = config.notifications().firstRetryAfter().multipliedBy(1L << Math.min(n.attempts() - 1, 16));
        return pool.preparedQuery("update notifications set state = $3, next_attempt_at = $4, last_error = $5"
                + " where id = $1 and attempts = $2")
                .execute(Tuple.of(n.id(), n.attempts(), park ? "PARKED" : "PENDING",
                        Instant.now(clock).plus(wait).atOffset(ZoneOffset.UTC), error))
                .invoke(() -> {
                    if (park) {
                        LOG.warnf("Notification %d parked after %d attempts: %s", n.id(), n.attempts(), error);
                    }
                })
                .replaceWithVoid();
    }

    /** A notification this instance holds until its claim runs out. */
    record Claimed(long id, long recipientId, NotificationKind kind, JsonNode payload, int attempts, String openid) {
        /** A deleted account has no openid any more, so its notifications stay in the inbox. */
        static Claimed of(Row r) {
            return new Claimed(r.getLong("id"), r.getLong("recipient_id"), NotificationKind.valueOf(r.getString("kind")),
                    Payloads.parse(r.getString("payload")), r.getInteger("attempts"), r.getString("openid"));
        }
    }
}
