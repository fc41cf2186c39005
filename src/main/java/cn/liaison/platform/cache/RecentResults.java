package cn.liaison.platform.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the results of expensive reads (aggregates over many rows) on this instance, so that they
 * are computed about once per {@code refreshAfter} whatever the traffic, and never answered older
 * than {@code maxAge}. Past {@code refreshAfter} the old value is still answered while one
 * computation runs in the background; {@link #refreshInBackground()}, called periodically, does
 * the same for every key asked for within {@code keepWarmFor}, so that readers of a steadily read
 * key never wait. Only the first reader of a key, or one after a long quiet spell, waits.
 * Keys must come from a small space (callers normalise their parameters); the map is cleared when
 * it grows past {@code maxKeys} rather than grow without bound.
 */
public final class RecentResults<K, V> {

    private final Duration refreshAfter;
    private final Duration maxAge;
    private final Duration keepWarmFor;
    private final int maxKeys;
    private final Clock clock;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicBoolean refreshing = new AtomicBoolean();

    public RecentResults(Duration refreshAfter, Duration maxAge, Duration keepWarmFor, int maxKeys, Clock clock) {
        this.refreshAfter = refreshAfter;
        this.maxAge = maxAge;
        this.keepWarmFor = keepWarmFor;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    public Uni<V> get(K key, Supplier<Uni<V>> compute) {
        Instant now = Instant.now(clock);
        if (entries.size() >= maxKeys && !entries.containsKey(key)) {
            entries.clear();
        }
        Entry<V> entry = entries.computeIfAbsent(key, k -> new Entry<>(compute));
        entry.lastAsked = now;
        Result<V> result = entry.result;
        if (result != null && now.isBefore(result.at.plus(maxAge))) {
            if (!now.isBefore(result.at.plus(refreshAfter))) {
                entry.refresh(clock);
            }
            return Uni.createFrom().item(result.value);
        }
        return entry.refresh(clock);
    }

    /**
     * Recomputes, in the background and one key at a time (so that a pass never takes more than one
     * database connection), what was asked for lately and is due; forgets what was not asked for.
     * A pass still running when the next is called is left to finish.
     */
    public void refreshInBackground() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        Instant now = Instant.now(clock);
        entries.entrySet().removeIf(e -> e.getValue().lastAsked.isBefore(now.minus(keepWarmFor)));
        List<Entry<V>> due = entries.values().stream()
                .filter(entry -> entry.result == null || !now.isBefore(entry.result.at.plus(refreshAfter)))
                .toList();
        Multi.createFrom().iterable(due)
                .onItem().transformToUniAndConcatenate(entry -> entry.refresh(clock).onFailure().recoverWithNull())
                .onTermination().invoke(() -> refreshing.set(false))
                .subscribe().with(value -> { }, failure -> { });
    }

    private static final class Entry<V> {
        final Supplier<Uni<V>> compute;
        volatile Result<V> result;
        volatile Instant lastAsked = Instant.EPOCH;
        private Uni<V> pending;

        Entry(Supplier<Uni<V>> compute) {
            this.compute = compute;
        }

        /** Starts a computation unless one is running; answers the running one. */
        synchronized Uni<V> refresh(Clock clock) {
            if (pending != null) {
                return pending;
            }
            Instant startedAt = Instant.now(clock);
            Uni<V> shared = compute.get()
                    .invoke(value -> result = new Result<>(value, startedAt))
                    .eventually(this::done)
                    .memoize().indefinitely();
            pending = shared;
            shared.subscribe().with(value -> { }, failure -> { });
            return shared;
        }

        private synchronized void done() {
            pending = null;
        }
    }

    private record Result<V>(V value, Instant at) {
    }
}
