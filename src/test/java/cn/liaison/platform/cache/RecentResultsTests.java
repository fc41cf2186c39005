package cn.liaison.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

class RecentResultsTests {

    private final MovableClock clock = new MovableClock();
    private final AtomicInteger computed = new AtomicInteger();
    private final RecentResults<String, Integer> recent = new RecentResults<>(Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(10), 100, clock);
    private UniEmitter<? super Integer> slow;
    /** The next count waits for {@code slow}: a recount still running when the reader asks. */
    private boolean nextCountSlow;

    private Uni<Integer> count() {
        if (nextCountSlow) {
            nextCountSlow = false;
            return slowCount();
        }
        return Uni.createFrom().item(computed::incrementAndGet);
    }

    private Uni<Integer> slowCount() {
        return Uni.createFrom().emitter(emitter -> {
            computed.incrementAndGet();
            slow = emitter;
        });
    }

    @Test
    void readersAtTheSameTimeShareOneComputation() {
        Uni<Integer> first = recent.get("k", this::slowCount);
        Uni<Integer> second = recent.get("k", this::slowCount);
        slow.complete(42);
        assertEquals(42, first.await().indefinitely());
        assertEquals(42, second.await().indefinitely());
        assertEquals(1, computed.get());
    }

    @Test
    void anAgeingValueIsAnsweredWhileItIsRecountedAndNeverPastItsMaximumAge() {
        assertEquals(1, recent.get("k", this::count).await().indefinitely());
        clock.advance(Duration.ofSeconds(20));
        assertEquals(1, recent.get("k", this::count).await().indefinitely(), "young enough");
        clock.advance(Duration.ofSeconds(15));
        nextCountSlow = true;
        assertEquals(1, recent.get("k", this::count).await().atMost(Duration.ofSeconds(5)), "old value, recounted meanwhile");
        slow.complete(2);
        assertEquals(2, recent.get("k", this::count).await().indefinitely());
        clock.advance(Duration.ofSeconds(61));
        assertEquals(3, recent.get("k", this::count).await().indefinitely(), "too old to answer: waits");
    }

    @Test
    void theBackgroundKeepsWhatIsAskedForWarmAndForgetsTheRest() {
        recent.get("k", this::count).await().indefinitely();
        clock.advance(Duration.ofSeconds(31));
        recent.refreshInBackground();
        assertEquals(2, computed.get());
        clock.advance(Duration.ofMinutes(11));
        recent.refreshInBackground();
        assertEquals(2, computed.get(), "not asked for in ten minutes: forgotten, not recounted");
        assertEquals(3, recent.get("k", this::count).await().indefinitely());
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
