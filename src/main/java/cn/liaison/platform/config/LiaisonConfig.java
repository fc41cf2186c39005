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

    WeChat wechat();

    Crypto crypto();

    Bootstrap bootstrap();

    Tokens tokens();

    Media media();

    Directory directory();

    /** Time zone in which times are shown to users and working days are counted. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** Rate limits by name (for example {@code wechat-login}); see {@link RateRule}. */
    Map<String, RateRule> rateLimits();

    interface WeChat {
        /** Base URL of WeChat's server APIs; tests point it at a local double. */
        @WithDefault("https://api.weixin.qq.com")
        String baseUrl();

        /** Mini-program AppID. */
        Optional<String> appId();

        /** Mini-program AppSecret: production reads it from the environment. */
        Optional<String> appSecret();

        /** The mini-program page a station's code opens; it receives {@code sid=<station id>} as its scene. */
        @WithDefault("pages/station/index")
        String stationPage();

        /** Whether citizens' text also goes through WeChat's msg_sec_check v2. */
        @WithDefault("false")
        boolean contentCheck();

        /** How long a call to WeChat may take before we answer 503 WECHAT_UNAVAILABLE. */
        @WithDefault("5s")
        Duration timeout();
    }

    interface Crypto {
        /** Base64 of 32 random bytes: encrypts personal fields and keys their look-up hashes. */
        Optional<String> key();
    }

    interface Bootstrap {
        /** Username of the first admin, created at start when no admin exists. */
        Optional<String> adminUsername();

        /** Password of that first admin; at least 12 characters in production. */
        Optional<String> adminPassword();
    }

    interface Tokens {
        /** Lifetime of an access token. */
        @WithDefault("15m")
        Duration accessTtl();

        /** Lifetime of a refresh token family without use. */
        @WithDefault("30d")
        Duration refreshTtl();

        /** How long a disabled account may keep using an access token it already holds. */
        @WithDefault("30s")
        Duration accountStatusCacheTtl();

        /** Password failures in a row that lock a staff account. */
        @WithDefault("5")
        int maxPasswordFailures();

        /** How long such a lock lasts. */
        @WithDefault("15m")
        Duration passwordLockout();
    }

    interface Directory {
        /** A station whose information and duty records have not moved for this long is reported stale. */
        @WithDefault("90d")
        Duration staleAfter();
    }

    interface Media {
        /** Folder where uploaded photos are kept (shared storage when several instances run). */
        @WithDefault("data/media")
        java.nio.file.Path directory();

        /** Largest photo accepted, in bytes. */
        @WithDefault("10485760")
        int maxBytes();
    }

    interface RateRule {
        /** Requests allowed per window. */
        int limit();

        /** Length of the window. */
        Duration window();
    }
}
