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

        /** How often the monthly figures behind the public statistics are brought up to date. */
        @WithDefault("15s")
        String figuresEvery();
    }

    interface RateRule {
        /** Requests allowed per window. */
        int limit();

        /** Length of the window. */
        Duration window();
    }
}
