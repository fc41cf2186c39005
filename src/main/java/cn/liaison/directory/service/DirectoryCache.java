package cn.liaison.directory.service;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Caches the public directory reads on each instance. Any change to the directory bumps a
 * generation: at once on the instance that made it, and through a Redis counter that every
 * instance polls four times a second, so a change is visible everywhere within a second. Entries
 * of an older generation are simply not served; a value loaded while a change happened is stored
 * under the generation it started with, so it cannot outlive the change.
 */
@ApplicationScoped
public class DirectoryCache {

    private static final Logger LOG = Logger.getLogger(DirectoryCache.class);
    static final String GENERATION_KEY = "directory:generation";
    private static final long POLL_MILLIS = 250;
    private static final int MAX_ENTRIES = 20_000;
    /**
     * Even without changes, entries are reloaded now and then, since "upcoming reception days" and the
     * year's figures move with time. Changes themselves invalidate at once, so this can be long: a
     * short one made reloads (several queries each) show in the tail latency under load.
     */
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final ReactiveRedisDataSource redis;
    private final Vertx vertx;
    private final AtomicLong generation = new AtomicLong();
    private final Cache<String, Entry> entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(MAX_AGE).build();
    private volatile String lastSeenShared;
    private long timer = -1;

    public DirectoryCache(ReactiveRedisDataSource redis, Vertx vertx) {
        this.redis = redis;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(POLL_MILLIS, ignored -> pollSharedGeneration());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    @SuppressWarnings("unchecked")
    public <T> Uni<T> get(String key, Supplier<Uni<T>> load) {
        long current = generation.get();
        Entry entry = entries.getIfPresent(key);
        if (entry != null && entry.generation() == current) {
            return Uni.createFrom().item((T) entry.value());
        }
        return load.get().invoke(value -> {
            if (value != null) {
                entries.put(key, new Entry(current, value));
            }
        });
    }

    /** Call after a change to the directory has been committed. */
    public Uni<Void> changed() {
        generation.incrementAndGet();
        return redis.value(Long.class).incr(GENERATION_KEY)
                // Our own bump need not invalidate this instance a second time when the poller sees it.
                .invoke(shared -> lastSeenShared = String.valueOf(shared))
                .onFailure().invoke(e -> LOG.warnf("Other instances learn of this directory change late: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private void pollSharedGeneration() {
        redis.value(String.class).get(GENERATION_KEY).subscribe().with(shared -> {
            if (shared != null && !shared.equals(lastSeenShared)) {
                lastSeenShared = shared;
                generation.incrementAndGet();
            }
        }, failure -> LOG.debugf("Directory generation not polled: %s", failure));
    }

    private record Entry(long generation, Object value) {
    }
}
