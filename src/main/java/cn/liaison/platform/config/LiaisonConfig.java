package cn.liaison.platform.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of our own, under {@code liaison.*}. Quarkus' own keys stay under {@code quarkus.*}. */
@ConfigMapping(prefix = "liaison")
public interface LiaisonConfig {

    Crypto crypto();

    Jobs jobs();

    Tracing tracing();

    /** Time zone in which times are shown to users and working days are counted. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** Rate limits by name (for example {@code wechat-login}); see {@link RateRule}. */
    Map<String, RateRule> rateLimits();

    interface Crypto {
        /** Base64 of 32 random bytes: encrypts personal fields and keys their look-up hashes. */
        Optional<String> key();
    }

    interface Jobs {
        /** How often the deadline sweep runs ({@code off} disables it, as the tests do). */
        @WithDefault("1m")
        String sweepEvery();

        /** How often the notification dispatcher looks for work. */
        @WithDefault("5s")
        String dispatchEvery();

        /** How often the monthly figures behind the public and staff statistics are brought up to date. */
        @WithDefault("15s")
        String figuresEvery();
    }

    interface Tracing {
        /** The OTLP (gRPC) collector traces are sent to; without one none is recorded (platform/tracing/TraceSampling). */
        Optional<String> endpoint();

        /** The share of traces kept, from 0 to 1, when the caller did not decide. */
        @WithDefault("1.0")
        double ratio();
    }

    interface RateRule {
        /** Requests allowed per window. */
        int limit();

        /** Length of the window. */
        Duration window();
    }
}
