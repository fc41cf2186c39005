package cn.liaison.platform.health;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Redis, as readiness reports it: degraded, never down. Without Redis an instance still serves its
 * core (reads and submissions; rate limits fall back to the instance), so a load balancer must keep
 * it: only PostgreSQL takes an instance out. Sign-in answers 503 SESSION_STORE_UNAVAILABLE meanwhile.
 * The state shows in the check's data and as the gauge {@code liaison_redis_up} (1 or 0).
 * (Quarkus's own Redis check, which would fail readiness, is off: quarkus.redis.health.enabled.)
 */
@Readiness
@ApplicationScoped
public class RedisCheck implements AsyncHealthCheck {

    private static final Duration PATIENCE = Duration.ofSeconds(1);

    private final ReactiveRedisDataSource redis;
    private final AtomicInteger up = new AtomicInteger(1);

    public RedisCheck(ReactiveRedisDataSource redis, MeterRegistry registry) {
        this.redis = redis;
        registry.gauge("liaison.redis.up", up);
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return redis.execute("PING").ifNoItem().after(PATIENCE).fail()
                .map(pong -> true).onFailure().recoverWithItem(false)
                .map(reachable -> {
                    up.set(reachable ? 1 : 0);
                    return HealthCheckResponse.named("Redis (degraded, not down, when unreachable)").up()
                            .withData("redis", reachable ? "up" : "unreachable").build();
                });
    }
}
