package cn.liaison.identity;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long tokens live and how sign-in failures are counted. Under {@code liaison.tokens.*}. */
@ConfigMapping(prefix = "liaison.tokens")
public interface TokenConfig {

    /** Lifetime of an access token. */
    @WithDefault("15m")
    Duration accessTtl();

    /** Lifetime of a refresh token family without use. */
    @WithDefault("30d")
    Duration refreshTtl();

    /** How long a disabled account may keep using an access token it already holds. */
    @WithDefault("30s")
    Duration accountStatusCacheTtl();

    /**
     * Whether the console's refresh cookie is {@code Secure}: true everywhere but plain-http dev.
     * Browsers send a Secure cookie to http://localhost too, so the tests keep it on.
     */
    @WithDefault("true")
    boolean consoleCookieSecure();

    /** Password failures in a row that lock a staff account. */
    @WithDefault("5")
    int maxPasswordFailures();

    /** How long such a lock lasts. */
    @WithDefault("15m")
    Duration passwordLockout();
}
