package cn.liaison.platform.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Policy;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the results of expensive reads (aggregates over many rows) on this instance, so that they
 * are computed about once per {@code refreshAfter} whatever the traffic, and never answered older
 * than {@code maxAge}: Caffeine's refresh-after-write. Past {@code refreshAfter} the old value is
 * still answered while one computation runs in the background; {@link #refreshInBackground()},
 * called periodically, does the same for every key asked for within {@code keepWarmFor}, so that
 * readers of a steadily read key never wait. Only the first reader of a key, or one after a long
 * quiet spell, waits. Keys must come from a small space (callers normalise their parameters); at
 * most {@code maxKeys} are kept.
 */
public final class RecentResults<K, V> {

    private final Duration refreshAfter;
    private final AsyncLoadingCache<K, Counted<V>> cache;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    public RecentResults(Duration refreshAfter, Duration maxAge, Duration keepWarmFor, int maxKeys, Clock clock) {
        this.refreshAfter = refreshAfter;
        this.cache = Caffeine.newBuilder()
                .refreshAfterWrite(refreshAfter)
                .expireAfterWrite(maxAge)
                .expireAfterAccess(keepWarmFor)
                .maximumSize(maxKeys)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                // Computations are asynchronous already: start them on the reader's thread.
                .executor(Runnable::run)
                .buildAsync(new Recount<>());
    }

    public Uni<V> get(K key, Supplier<Uni<V>> compute) {
        // Called now, not on subscription, so that readers at the same moment share one computation.
        CompletableFuture<Counted<V>> counted = cache.get(key, (k, executor) -> Counted.by(compute));
        return Uni.createFrom().completionStage(counted).map(Counted::value);
    }

    /**
     * Recomputes, in the background and one key at a time (so that a pass never takes more than one
     * database connection), what was asked for lately and is due; what was not asked for has expired.
     * A pass still running when the next is called is left to finish.
     */
    public void refreshInBackground() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        Policy.FixedRefresh<K, Counted<V>> ages = cache.synchronous().policy().refreshAfterWrite().orElseThrow();
        List<K> due = cache.synchronous().asMap().keySet().stream()
                .filter(key -> ages.ageOf(key).map(age -> age.compareTo(refreshAfter) >= 0).orElse(false))
                .toList();
        Multi.createFrom().iterable(due)
                .onItem().transformToUniAndConcatenate(key -> Uni.createFrom().completionStage(() -> cache.synchronous().refresh(key))
                        .onFailure().recoverWithNull())
                .onTermination().invoke(() -> refreshing.set(false))
                .subscribe().with(value -> { }, failure -> { });
    }

    /** A value with the computation that counted it, which counts it again. */
    private record Counted<V>(V value, Supplier<Uni<V>> compute) {

        static <V> CompletableFuture<Counted<V>> by(Supplier<Uni<V>> compute) {
            return compute.get().map(value -> new Counted<>(value, compute)).subscribeAsCompletionStage();
        }
    }

    private static final class Recount<K, V> implements AsyncCacheLoader<K, Counted<V>> {

        /**
         * Entries are created by get(), which brings the computation. A background refresh of a
         * key that expired since it was listed comes here, and leaves it absent: its next reader
         * counts it.
         */
        @Override
        public CompletableFuture<Counted<V>> asyncLoad(K key, Executor executor) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Counted<V>> asyncReload(K key, Counted<V> old, Executor executor) {
            return Counted.by(old.compute());
        }
    }
}
