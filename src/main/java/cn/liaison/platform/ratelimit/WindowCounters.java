package cn.liaison.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * Counters over fixed windows, kept atomically in Redis so that all instances share them. When
 * Redis does not answer, each instance counts on its own: limits get looser by the number of
 * instances, but requests keep being served.
 */
@ApplicationScoped
public class WindowCounters {

    private static final Logger LOG = Logger.getLogger(WindowCounters.class);
    private static final Duration REDIS_PATIENCE = Duration.ofMillis(300);
    private static final int LOCAL_WINDOWS_MAX = 100_000;
    /** Counts one hit; the window starts with the first hit, or again when ARGV[2] says so. */
    private static final String INCREMENT = """
            local count = redis.call('INCR', KEYS[1])
            if count == 1 or (tonumber(ARGV[2]) > 0 and count >= tonumber(ARGV[2])) then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
            end
            return {count, redis.call('PTTL', KEYS[1])}
            """;
    private static final String READ = """
            return {tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1])}
            """;

    private final ReactiveRedisDataSource redis;
    private final Clock clock;
    private final Map<String, LocalWindow> localWindows = new ConcurrentHashMap<>();

    public WindowCounters(ReactiveRedisDataSource redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** Adds one to {@code key}; its window starts with the first hit. */
    public Uni<Count> increment(String key, Duration window) {
        return increment(key, window, 0);
    }

    /** Adds one to {@code key}; from {@code restartAt} hits on, every hit starts the window afresh. */
    public Uni<Count> increment(String key, Duration window, int restartAt) {
        long windowMillis = window.toMillis();
        return fromRedis(redis.execute("EVAL", INCREMENT, "1", key, Long.toString(windowMillis), Integer.toString(restartAt)),
                () -> countLocally(key, windowMillis, restartAt));
    }

    public Uni<Count> read(String key) {
        return fromRedis(redis.execute("EVAL", READ, "1", key), () -> {
            LocalWindow w = localWindows.get(key);
            long now = clock.millis();
            return w == null || w.endsAt() <= now ? new Count(0, 0) : new Count(w.hits(), w.endsAt() - now);
        });
    }

    public Uni<Void> reset(String key) {
        localWindows.remove(key);
        return redis.key().del(key).onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<Count> fromRedis(Uni<Response> call, java.util.function.Supplier<Count> local) {
        return call.ifNoItem().after(REDIS_PATIENCE).fail()
                .map(r -> new Count(r.get(0).toLong(), Math.max(0, r.get(1).toLong())))
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("Counting on this instance, Redis failed: %s", failure.toString());
                    return local.get();
                });
    }

    private Count countLocally(String key, long windowMillis, int restartAt) {
        long now = clock.millis();
        if (localWindows.size() > LOCAL_WINDOWS_MAX) {
            localWindows.values().removeIf(w -> w.endsAt() <= now);
        }
        LocalWindow window = localWindows.compute(key, (k, w) -> {
            if (w == null || w.endsAt() <= now) {
                return new LocalWindow(now + windowMillis, 1);
            }
            long hits = w.hits() + 1;
            return new LocalWindow(restartAt > 0 && hits >= restartAt ? now + windowMillis : w.endsAt(), hits);
        });
        return new Count(window.hits(), window.endsAt() - now);
    }

    /** Hits so far in the window, and the milliseconds until it ends. */
    public record Count(long hits, long millisLeft) {

        public long secondsLeft() {
            return Math.max(1, (millisLeft + 999) / 1000);
        }
    }

    private record LocalWindow(long endsAt, long hits) {
    }
}
