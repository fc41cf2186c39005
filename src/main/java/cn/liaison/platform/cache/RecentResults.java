package cn.liaison.platform.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * Keeps the results of expensive reads (aggregates over many rows) on this instance, so that they
 * are computed about once per {@code refreshAfter} whatever the traffic, and never older than
 * {@code maxAge}. Past {@code refreshAfter} the old value is still answered while one caller
 * recomputes it in the background; callers only wait when there is no value young enough. Keys
 * must come from a small space (the callers normalise their parameters); the map is cleared when
 * it grows past {@code maxKeys} rather than grow without bound.
 */
public final class RecentResults<K, V> {

    private final Duration refreshAfter;
    private final Duration maxAge;
    private final int maxKeys;
    private final Clock clock;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public RecentResults(Duration refreshAfter, Duration maxAge, int maxKeys, Clock clock) {
        this.refreshAfter = refreshAfter;
        this.maxAge = maxAge;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    public Uni<V> get(K key, Supplier<Uni<V>> compute) {
        Instant now = Instant.now(clock);
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.value != null && now.isBefore(entry.at.plus(maxAge))) {
            if (!now.isBefore(entry.at.plus(refreshAfter)) && entry.refreshing.compareAndSet(false, true)) {
                load(key, compute).subscribe().with(v -> { }, e -> entry.refreshing.set(false));
            }
            return Uni.createFrom().item(entry.value);
        }
        return load(key, compute);
    }

    /** One computation per key at a time: concurrent callers share it. */
    private Uni<V> load(K key, Supplier<Uni<V>> compute) {
        if (entries.size() > maxKeys) {
            entries.clear();
        }
        Instant startedAt = Instant.now(clock);
        Entry<V> entry = entries.compute(key, (k, old) -> {
            if (old != null && old.pending != null) {
                return old;
            }
            Uni<V> shared = compute.get()
                    .invoke(value -> entries.put(key, new Entry<>(value, startedAt, null)))
                    .onFailure().invoke(e -> entries.computeIfPresent(key, (k2, failed) -> failed.withoutPending()))
                    .memoize().indefinitely();
            return old == null ? new Entry<>(null, startedAt, shared) : old.withPending(shared);
        });
        return entry.pending;
    }

    private static final class Entry<V> {
        final V value;
        final Instant at;
        final Uni<V> pending;
        final java.util.concurrent.atomic.AtomicBoolean refreshing = new java.util.concurrent.atomic.AtomicBoolean();

        Entry(V value, Instant at, Uni<V> pending) {
            this.value = value;
            this.at = at;
            this.pending = pending;
        }

        Entry<V> withPending(Uni<V> next) {
            return new Entry<>(value, at, next);
        }

        Entry<V> withoutPending() {
            return new Entry<>(value, at, null);
        }
    }
}
