package cn.liaison.identity.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.identity.User;
import cn.liaison.identity.repository.UserRepository;
import cn.liaison.identity.repository.UserRepository.WeChatApp;
import cn.liaison.platform.crypto.PasswordHasher;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.ratelimit.RateLimiter;
import cn.liaison.wechat.WeChatPlatform;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Signing in with WeChat or a password, refreshing tokens, and signing out. */
@ApplicationScoped
public class Authentication {

    private final WeChatPlatform wechat;
    private final UserRepository users;
    private final PasswordHasher passwords;
    private final LoginLockout lockout;
    private final RateLimiter rateLimiter;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    public Authentication(WeChatPlatform wechat, UserRepository users, PasswordHasher passwords, LoginLockout lockout,
            RateLimiter rateLimiter, AccessTokens accessTokens, RefreshTokens refreshTokens, Clock clock) {
        this.wechat = wechat;
        this.users = users;
        this.passwords = passwords;
        this.lockout = lockout;
        this.rateLimiter = rateLimiter;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    /** Exchanges a wx.login code and signs the citizen in, creating the account on first sign-in. */
    public Uni<SignIn> withWeChat(String code, String clientAddress) {
        return rateLimiter.hit("wechat-login", clientAddress)
                .chain(() -> wechat.exchangeLoginCode(code))
                .chain(session -> signIn(WeChatApp.MINI_PROGRAM, session));
    }

    /** The same for the H5 page inside WeChat's browser, with the official account's web authorisation code. */
    public Uni<SignIn> withWeChatWeb(String code, String clientAddress) {
        return rateLimiter.hit("wechat-login", clientAddress)
                .chain(() -> wechat.exchangeWebCode(code))
                .chain(session -> signIn(WeChatApp.OFFICIAL_ACCOUNT, session));
    }

    private Uni<SignIn> signIn(WeChatApp app, WeChatPlatform.WeChatSession session) {
        return Panache.withTransaction(() -> users.upsertByOpenid(app, session.openid(), session.unionid(), Instant.now(clock)))
                .chain(this::signIn);
    }

    /**
     * Staff and admins: a slow hash, and a lock after repeated failures. No session spans the hash:
     * the repository opens its own for the look-up, so no connection idles for 100 ms per sign-in.
     */
    public Uni<SignIn> withPassword(String username, String password, String clientAddress) {
        return rateLimiter.hit("password-login", clientAddress)
                .chain(() -> lockout.ensureOpen(username, clientAddress))
                .chain(() -> users.findByUsername(username))
                .chain(user -> passwords.verify(password, user == null ? null : user.passwordHash)
                        .chain(matches -> {
                            if (!matches) {
                                return lockout.failure(username, clientAddress).map(failure -> { throw failure; });
                            }
                            return lockout.success(username, clientAddress).replaceWith(user);
                        }))
                .chain(this::signIn);
    }

    /** Rotates a refresh token; the account must still be allowed in. */
    @WithSession
    public Uni<SignIn> refresh(String refreshToken, String clientAddress) {
        return rateLimiter.hit("token-refresh", clientAddress)
                .chain(() -> refreshTokens.rotate(refreshToken))
                .chain(rotation -> users.findById(rotation.userId()).chain(user -> {
                    if (user == null || !user.isActive() || !user.honours(rotation.generation())) {
                        return refreshTokens.revokeFamily(rotation.refreshToken())
                                .chain(() -> Uni.createFrom().failure(new ApiException(ErrorCode.REFRESH_TOKEN_INVALID)));
                    }
                    return Uni.createFrom().item(new SignIn(accessTokens.issue(user, rotation.generation()), rotation.refreshToken(),
                            accessTokens.lifetimeSeconds(), user));
                }));
    }

    public Uni<Void> signOut(String refreshToken) {
        return refreshTokens.revokeFamily(refreshToken);
    }

    private Uni<SignIn> signIn(User user) {
        if (!user.isActive()) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.ACCOUNT_DISABLED));
        }
        return refreshTokens.startFamily(user.id, user.sessionGeneration)
                .map(refresh -> new SignIn(accessTokens.issue(user, user.sessionGeneration), refresh, accessTokens.lifetimeSeconds(), user));
    }
}
