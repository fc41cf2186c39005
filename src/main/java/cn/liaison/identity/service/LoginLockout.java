package cn.liaison.identity.service;

import java.time.Duration;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.liaison.identity.TokenConfig;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.ratelimit.WindowCounters;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Repeated wrong passwords for a staff account, counted on every instance, without letting a
 * stranger keep the staff member out:
 * <ul>
 * <li>Per username and address: after {@code max-password-failures} the pair is locked for
 * {@code password-lockout}, from the last failure. Only the address that guessed is shut out; the
 * staff member at their own desk still signs in.</li>
 * <li>Per username across addresses: past {@link #SLOW_DOWN_AFTER} failures in the lockout window,
 * every answer for that username (right or wrong) waits a second more per ten failures, up to
 * {@link #LONGEST_WAIT}: a guesser spread over many addresses is slowed to a crawl, the staff member
 * waits a few seconds. The first failure past the mark is logged as a warning naming the username,
 * and counted in {@code liaison_login_attacks_total}, for the admins to see.</li>
 * </ul>
 */
@ApplicationScoped
public class LoginLockout {

    private static final Logger LOG = Logger.getLogger(LoginLockout.class);
    static final int SLOW_DOWN_AFTER = 20;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final WindowCounters counters;
    private final TokenConfig rules;
    private final MeterRegistry metrics;
    private final Vertx vertx;

    public LoginLockout(WindowCounters counters, TokenConfig config, MeterRegistry metrics, Vertx vertx) {
        this.counters = counters;
        this.rules = config;
        this.metrics = metrics;
        this.vertx = vertx;
    }

    /** Refuses a locked pair; slows every try for a username under attack from many addresses. */
    public Uni<Void> ensureOpen(String username, String address) {
        return counters.read(pairKey(username, address)).invoke(count -> {
            if (count.hits() >= rules.maxPasswordFailures()) {
                throw locked(count.secondsLeft());
            }
        }).chain(() -> counters.read(usernameKey(username))).chain(count -> {
            Duration wait = waitFor(count.hits());
            // A timer of the request's own context, so that what follows runs where it would have.
            return wait.isZero() ? Uni.createFrom().voidItem()
                    : Uni.createFrom().<Void>emitter(later -> vertx.setTimer(wait.toMillis(), id -> later.complete(null)));
        });
    }

    /** Records a failure; the one that reaches the limit already answers ACCOUNT_LOCKED. */
    public Uni<ApiException> failure(String username, String address) {
        return counters.increment(usernameKey(username), rules.passwordLockout()).invoke(all -> {
            if (all.hits() == SLOW_DOWN_AFTER + 1) {
                LOG.warnf("Staff account %s under attack: %d wrong passwords from several addresses in %s; its sign-in is slowed",
                        username, all.hits(), rules.passwordLockout());
                metrics.counter("liaison.login.attacks").increment();
            }
        }).chain(() -> counters.increment(pairKey(username, address), rules.passwordLockout(), rules.maxPasswordFailures()))
                .map(count -> count.hits() >= rules.maxPasswordFailures()
                        ? locked(count.secondsLeft())
                        : new ApiException(ErrorCode.BAD_CREDENTIALS));
    }

    public Uni<Void> success(String username, String address) {
        return counters.reset(pairKey(username, address));
    }

    static Duration waitFor(long failuresAcrossAddresses) {
        if (failuresAcrossAddresses <= SLOW_DOWN_AFTER) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofSeconds(1 + (failuresAcrossAddresses - SLOW_DOWN_AFTER) / 10);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static ApiException locked(long secondsLeft) {
        return new ApiException(ErrorCode.ACCOUNT_LOCKED, (secondsLeft + 59) / 60).retryAfter(secondsLeft);
    }

    private static String pairKey(String username, String address) {
        return "login-failures:" + username.toLowerCase(Locale.ROOT) + ":" + address;
    }

    private static String usernameKey(String username) {
        return "login-failures-all:" + username.toLowerCase(Locale.ROOT);
    }
}
