package cn.liaison.wechat;

import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.liaison.platform.crypto.Secrets;
import cn.liaison.wechat.client.WeChatCalls;
import cn.liaison.wechat.client.WeChatReplies;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;

/**
 * The platform access token (stable_token), shared by every instance through Redis. One instance
 * at a time fetches a new one (a Redis lock); the others wait for it to appear. A token WeChat calls
 * invalid is dropped only if it is still the cached one, so that a late instance does not drop a
 * fresh token. Without Redis each instance fetches its own.
 */
@ApplicationScoped
public class PlatformAccessToken {

    private static final Logger LOG = Logger.getLogger(PlatformAccessToken.class);
    static final String KEY = "wechat:platform-token";
    private static final String LOCK = "wechat:platform-token:lock";
    private static final Duration LOCK_TTL = Duration.ofSeconds(10);
    private static final Duration WAIT_STEP = Duration.ofMillis(100);
    private static final int WAIT_STEPS = 50;
    /** Refresh five minutes before WeChat's expiry, so that no call races the deadline. */
    private static final long EARLY_SECONDS = 300;
    /** Deletes KEYS[1] only while it still holds ARGV[1]: a token, or the lock of its owner. */
    private static final String DROP_IF_SAME = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """;

    private final WeChatCalls calls;
    private final WeChatConfig config;
    private final ReactiveRedisDataSource redis;

    public PlatformAccessToken(WeChatCalls calls, WeChatConfig config, ReactiveRedisDataSource redis) {
        this.calls = calls;
        this.config = config;
        this.redis = redis;
    }

    public Uni<String> current() {
        return cached().flatMap(token -> token != null ? Uni.createFrom().item(token) : refreshOnce(WAIT_STEPS));
    }

    /** Forgets {@code staleToken} (WeChat answered 40001 or 42001 for it). */
    public Uni<Void> drop(String staleToken) {
        return redis.execute("EVAL", DROP_IF_SAME, "1", KEY, staleToken)
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<String> refreshOnce(int patience) {
        String owner = Secrets.randomToken(12);
        return redis.execute("SET", LOCK, owner, "NX", "PX", Long.toString(LOCK_TTL.toMillis()))
                .map(reply -> reply != null)
                .onFailure().recoverWithItem(true) // no Redis: fetch it ourselves
                .flatMap(locked -> {
                    if (locked) {
                        // Another instance may have stored a token between our miss and our lock.
                        return cached()
                                .flatMap(token -> token != null ? Uni.createFrom().item(token) : fetch())
                                .eventually(() -> redis.execute("EVAL", DROP_IF_SAME, "1", LOCK, owner)
                                        .onFailure().recoverWithNull());
                    }
                    if (patience == 0) {
                        return fetch();
                    }
                    return Uni.createFrom().voidItem().onItem().delayIt().by(WAIT_STEP)
                            .flatMap(ignored -> cached())
                            .flatMap(token -> token != null ? Uni.createFrom().item(token) : refreshOnce(patience - 1));
                });
    }

    private Uni<String> fetch() {
        Map<String, Object> body = Map.of(
                "grant_type", "client_credential",
                "appid", config.appId().orElse(""),
                "secret", config.appSecret().orElse(""),
                "force_refresh", false);
        return calls.stableToken(body)
                .onFailure().transform(WeChatReplies::unavailable)
                .flatMap(reply -> {
                    String token = reply.path("access_token").asText(null);
                    if (WeChatReplies.errcode(reply) != 0 || token == null) {
                        LOG.errorf("stable_token refused: errcode %d", WeChatReplies.errcode(reply));
                        return Uni.createFrom().failure(WeChatReplies.unavailable(new IllegalStateException("stable_token")));
                    }
                    long ttl = Math.max(60, reply.path("expires_in").asLong(7200) - EARLY_SECONDS);
                    return redis.value(String.class).set(KEY, token, new SetArgs().ex(ttl))
                            .onFailure().recoverWithNull()
                            .replaceWith(token);
                });
    }

    private Uni<String> cached() {
        return redis.value(String.class).get(KEY)
                .ifNoItem().after(Duration.ofMillis(300)).fail()
                .onFailure().recoverWithNull();
    }
}
