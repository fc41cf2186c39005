package cn.liaison.platform.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.liaison.platform.crypto.Secrets;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.idempotency.repository.IdempotencyKeys;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Makes a create safe to retry. The first request with a key claims it in PostgreSQL inside the
 * transaction that creates the thing, so the record survives a Redis restart and a failed create
 * leaves no claim behind; a concurrent retry waits on that row and then replays the stored answer.
 * Redis only serves later retries faster.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Logger LOG = Logger.getLogger(Idempotency.class);
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final Duration KEPT = Duration.ofDays(7);
    private static final Duration REDIS_PATIENCE = Duration.ofMillis(200);

    private final IdempotencyKeys keys;
    private final ObjectMapper json;
    private final ReactiveRedisDataSource redis;
    private final Clock clock;

    public Idempotency(IdempotencyKeys keys, ObjectMapper json, ReactiveRedisDataSource redis, Clock clock) {
        this.keys = keys;
        this.json = json;
        this.redis = redis;
        this.clock = clock;
    }

    /**
     * Runs {@code create} once per {@code (scope, key)}; must be called inside the transaction of the
     * create. A retry with the same request gets the first answer back, with another request 422.
     */
    public <T> Uni<Outcome<T>> once(String scope, String key, Object request, Class<T> answerType, Supplier<Uni<T>> create) {
        if (key == null || key.isBlank()) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.IDEMPOTENCY_KEY_REQUIRED));
        }
        if (!VALID_KEY.matcher(key).matches()) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.IDEMPOTENCY_KEY_INVALID));
        }
        String requestHash = Secrets.sha256Hex(write(request));
        String cacheKey = "idem:" + scope + ":" + Secrets.sha256Hex(key);
        return fromCache(cacheKey)
                .flatMap(cached -> cached != null
                        ? Uni.createFrom().item(replay(cached, requestHash, answerType))
                        : claimOrReplay(scope, key, requestHash, cacheKey, answerType, create));
    }

    private <T> Uni<Outcome<T>> claimOrReplay(String scope, String key, String requestHash, String cacheKey,
            Class<T> answerType, Supplier<Uni<T>> create) {
        return keys.claim(scope, key, requestHash, Instant.now(clock)).flatMap(claimed -> claimed
                ? create.get().flatMap(answer -> keys.answer(scope, key, write(answer)).replaceWith(new Outcome<>(answer, false)))
                : keys.stored(scope, key).map(record -> {
                    StoredAnswer stored = new StoredAnswer(record.requestHash(), record.answer());
                    cache(cacheKey, stored);
                    return replay(stored, requestHash, answerType);
                }));
    }

    private <T> Outcome<T> replay(StoredAnswer record, String requestHash, Class<T> answerType) {
        if (!record.requestHash().equals(requestHash)) {
            throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        }
        try {
            return new Outcome<>(json.readValue(record.answer(), answerType), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent answer cannot be read", e);
        }
    }

    private Uni<StoredAnswer> fromCache(String cacheKey) {
        return redis.value(String.class).get(cacheKey)
                .ifNoItem().after(REDIS_PATIENCE).fail()
                .map(value -> {
                    if (value == null) {
                        return null;
                    }
                    int split = value.indexOf('\n');
                    return new StoredAnswer(value.substring(0, split), value.substring(split + 1));
                })
                .onFailure().recoverWithNull();
    }

    private void cache(String cacheKey, StoredAnswer record) {
        redis.value(String.class).setex(cacheKey, KEPT.toSeconds(), record.requestHash() + "\n" + record.answer())
                .subscribe().with(ok -> { }, failure -> LOG.debugf("Idempotency cache not written: %s", failure));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets keys after a week: a phone does not retry that long. Safe on several instances. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetOldKeys() {
        return keys.forgetBefore(Instant.now(clock).minus(KEPT));
    }

    /** The answer of a create, and whether it is a replay of an earlier try. */
    public record Outcome<T>(T answer, boolean replayed) {
    }

    private record StoredAnswer(String requestHash, String answer) {
    }
}
