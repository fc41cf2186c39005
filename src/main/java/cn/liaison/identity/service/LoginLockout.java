package cn.liaison.identity.service;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.ratelimit.WindowCounters;
import io.smallrye.mutiny.Uni;

/**
 * Locks a staff account after repeated wrong passwords, counted per username on every instance.
 * The lock runs from the last failure, so guessing on keeps it shut.
 */
@ApplicationScoped
public class LoginLockout {

    private final WindowCounters counters;
    private final LiaisonConfig.Tokens rules;

    public LoginLockout(WindowCounters counters, LiaisonConfig config) {
        this.counters = counters;
        this.rules = config.tokens();
    }

    public Uni<Void> ensureOpen(String username) {
        return counters.read(key(username)).invoke(count -> {
            if (count.hits() >= rules.maxPasswordFailures()) {
                throw locked(count.secondsLeft());
            }
        }).replaceWithVoid();
    }

    /** Records a failure; the one that reaches the limit already answers ACCOUNT_LOCKED. */
    public Uni<ApiException> failure(String username) {
        return counters.increment(key(username), rules.passwordLockout(), rules.maxPasswordFailures())
                .map(count -> count.hits() >= rules.maxPasswordFailures()
                        ? locked(count.secondsLeft())
                        : new ApiException(ErrorCode.BAD_CREDENTIALS));
    }

    public Uni<Void> success(String username) {
        return counters.reset(key(username));
    }

    private static ApiException locked(long secondsLeft) {
        return new ApiException(ErrorCode.ACCOUNT_LOCKED, (secondsLeft + 59) / 60).retryAfter(secondsLeft);
    }

    private static String key(String username) {
        return "login-failures:" + username.toLowerCase(Locale.ROOT);
    }
}
