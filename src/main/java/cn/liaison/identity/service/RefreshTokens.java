package cn.liaison.identity.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.liaison.identity.TokenConfig;
import cn.liaison.platform.crypto.Secrets;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * Refresh tokens, kept hashed in Redis. A token is {@code family.secret}; every use rotates it, and
 * presenting a rotated token again (a stolen copy, most likely) revokes the whole family. The keys
 * of one family share a hash tag, so that the rotation script also runs on a Redis cluster.
 */
@ApplicationScoped
public class RefreshTokens {

    private static final Logger LOG = Logger.getLogger(RefreshTokens.class);
    private static final String ROTATE = """
            local v = redis.call('GET', KEYS[1])
            if not v then return {'missing'} end
            local sep = string.find(v, '|', 1, true)
            local state, user = string.sub(v, 1, sep - 1), string.sub(v, sep + 1)
            if state == 'used' then redis.call('DEL', KEYS[2]) return {'reused', user} end
            if redis.call('EXISTS', KEYS[2]) == 0 then return {'revoked', user} end
            redis.call('SET', KEYS[1], 'used|' .. user, 'KEEPTTL')
            redis.call('SET', KEYS[3], 'live|' .. user, 'EX', ARGV[1])
            redis.call('EXPIRE', KEYS[2], ARGV[1])
            return {'ok', user}
            """;

    private final ReactiveRedisDataSource redis;
    private final TokenConfig config;

    public RefreshTokens(ReactiveRedisDataSource redis, TokenConfig config) {
        this.redis = redis;
        this.config = config;
    }

    /** Starts a new family for a fresh sign-in of the account's session generation and answers its first token. */
    public Uni<String> startFamily(long userId, int generation) {
        Token token = Token.fresh(Secrets.randomToken(16));
        String ttl = Long.toString(ttlSeconds());
        return redis.execute("SET", token.familyKey(), Long.toString(userId), "EX", ttl)
                .chain(() -> redis.execute("SET", token.tokenKey(), "live|" + userId + "|g" + generation, "EX", ttl))
                .onFailure().transform(RefreshTokens::storeUnavailable)
                .replaceWith(token.text());
    }

    /** Uses a token once: answers the user id, the generation the family began in, and the token that replaces it. */
    public Uni<Rotation> rotate(String presented) {
        Token old = Token.parse(presented);
        if (old == null) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.REFRESH_TOKEN_INVALID));
        }
        Token next = Token.fresh(old.family());
        return redis.execute("EVAL", ROTATE, "3", old.tokenKey(), old.familyKey(), next.tokenKey(), Long.toString(ttlSeconds()))
                .onFailure().transform(RefreshTokens::storeUnavailable)
                .map(reply -> {
                    String outcome = reply.get(0).toString();
                    if (!"ok".equals(outcome)) {
                        if ("reused".equals(outcome)) {
                            LOG.warnf("Refresh token reused: family of user %s revoked", reply.get(1));
                        }
                        throw new ApiException(ErrorCode.REFRESH_TOKEN_INVALID);
                    }
                    // "user|gN"; families started before generations were kept hold "user" or "user|second": 0.
                    String[] holder = reply.get(1).toString().split("\\|");
                    int generation = holder.length > 1 && holder[1].startsWith("g") ? Integer.parseInt(holder[1].substring(1)) : 0;
                    return new Rotation(Long.parseLong(holder[0]), generation, next.text());
                });
    }

    /** Ends the family of a token (logout, or an account that may no longer sign in). */
    public Uni<Void> revokeFamily(String presented) {
        Token token = Token.parse(presented);
        if (token == null) {
            return Uni.createFrom().voidItem();
        }
        return redis.execute("DEL", token.familyKey())
                .onFailure().transform(RefreshTokens::storeUnavailable)
                .replaceWithVoid();
    }

    private long ttlSeconds() {
        return config.refreshTtl().toSeconds();
    }

    private static Throwable storeUnavailable(Throwable failure) {
        if (failure instanceof ApiException) {
            return failure;
        }
        LOG.warnf("Refresh token store failed: %s", failure.toString());
        return new ApiException(ErrorCode.SESSION_STORE_UNAVAILABLE);
    }

    public record Rotation(long userId, int generation, String refreshToken) {
    }

    private record Token(String family, String secret) {

        static Token fresh(String family) {
            return new Token(family, Secrets.randomToken(32));
        }

        static Token parse(String text) {
            if (text == null) {
                return null;
            }
            List<String> parts = List.of(text.split("\\.", -1));
            if (parts.size() != 2 || parts.get(0).length() != 22 || parts.get(1).length() != 43) {
                return null;
            }
            return new Token(parts.get(0), parts.get(1));
        }

        String text() {
            return family + "." + secret;
        }

        String familyKey() {
            return "rtf:{" + family + "}";
        }

        /** Only a hash of the secret is stored: a copy of Redis gives no usable tokens. */
        String tokenKey() {
            return "rt:{" + family + "}:" + Secrets.sha256Hex(secret);
        }
    }
}
