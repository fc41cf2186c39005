package cn.liaison.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Singleton;

/**
 * The application's clock in tests: real time plus an offset that a test may move forward, so
 * that expiry is tested without sleeping. Its presence replaces the system clock (a default bean).
 */
@Singleton
public class TestClock extends Clock {

    private final AtomicLong offsetMillis = new AtomicLong();

    public void advance(Duration duration) {
        offsetMillis.addAndGet(duration.toMillis());
    }

    public void reset() {
        offsetMillis.set(0);
    }

    @Override
    public Instant instant() {
        return Instant.now().plusMillis(offsetMillis.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock stays in UTC");
    }
}
