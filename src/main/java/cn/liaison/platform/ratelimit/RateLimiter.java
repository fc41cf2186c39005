package cn.liaison.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import io.smallrye.mutiny.Uni;

/** Named limits from {@code liaison.rate-limits.*}, per user or per address; a spent limit answers 429. */
@ApplicationScoped
public class RateLimiter {

    private final WindowCounters counters;
    private final LiaisonConfig config;

    public RateLimiter(WindowCounters counters, LiaisonConfig config) {
        this.counters = counters;
        this.config = config;
    }

    /** Counts a request of {@code subject} (a user id or an address) against the named limit. */
    public Uni<Void> hit(String limitName, String subject) {
        LiaisonConfig.RateRule rule = config.rateLimits().get(limitName);
        if (rule == null) {
            throw new IllegalArgumentException("No rate limit named " + limitName);
        }
        return counters.increment("rl:" + limitName + ":" + subject, rule.window())
                .invoke(count -> {
                    if (count.hits() > rule.limit()) {
                        throw new ApiException(ErrorCode.RATE_LIMITED, count.secondsLeft()).retryAfter(count.secondsLeft());
                    }
                })
                .replaceWithVoid();
    }
}
