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

    Deadlines deadlines();

    Notifications notifications();

    OpinionLookup opinionLookup();

    Jobs jobs();

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

    interface Deadlines {
        /** Working days staff have to accept or reject a new opinion. */
        @WithDefault("2")
        int acceptWithin();

        /** Working days from acceptance to the reply, unless {@link #replyWithinByKind()} names the kind. */
        @WithDefault("15")
        int replyWithin();

        /** Working days to reply by opinion kind (for example {@code CONSULTATION=5}); overrides {@link #replyWithin()}. */
        Map<String, Integer> replyWithinByKind();

        /** Longest extension staff may grant, once, in working days. */
        @WithDefault("15")
        int longestExtension();

        /** Working days past a missed deadline after which an opinion is supervised (督办). */
        @WithDefault("1")
        int superviseAfter();

        /** How long a citizen may rate a reply; then the opinion closes by itself. */
        @WithDefault("7d")
        Duration ratingPeriod();
    }

    interface OpinionLookup {
        /** Wrong codes tried against one confidential opinion, from every address together, before its code locks. */
        @WithDefault("10")
        int maxWrongTries();
    }

    interface Notifications {
        /**
         * Subscribe-message templates by notification kind (for example {@code OPINION_REPLIED}): the
         * template id from the WeChat console and its fields. A kind without a template goes to the inbox.
         */
        Map<String, Template> templates();

        /** The mini-program page a message opens; {@code {id}} becomes the opinion's id. */
        @WithDefault("pages/opinion/detail?id={id}")
        String page();

        /** {@code formal}, {@code trial} or {@code developer}: which version of the mini-program a message opens. */
        @WithDefault("formal")
        String miniprogramState();

        /** Sending attempts before a notification is parked for an admin to look at. */
        @WithDefault("6")
        int maxAttempts();

        /** Wait before the first retry; each further retry waits twice as long. */
        @WithDefault("30s")
        Duration firstRetryAfter();

        /** How long one instance holds a claimed notification before another may try it. */
        @WithDefault("2m")
        Duration claimFor();
    }

    interface Template {
        /** Template id (模板 ID); empty: the kind stays in the inbox (application.properties names every kind empty). */
        Optional<String> id();

        /**
         * Template field key → what fills it: {@code trackingNo}, {@code title}, {@code state},
         * {@code note}, {@code time}, or any other text, used as it is. The key's type prefix
         * ({@code thing}, {@code phrase}, {@code character_string}, {@code name}, ...) decides how
         * long a value may be.
         */
        Map<String, String> fields();

        /**
         * The same fields in one line, for the environment, where a map inside a map cannot be
         * written: {@code character_string1=trackingNo,thing2=title}
         * ({@code LIAISON_NOTIFICATIONS_TEMPLATES_OPINION_REPLIED_FIELD_LIST}).
         */
        Optional<String> fieldList();
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
