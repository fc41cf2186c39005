package cn.liaison.identity.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Valid;

import cn.liaison.identity.PersonalData;
import cn.liaison.identity.User;
import cn.liaison.identity.repository.UserRepository;
import cn.liaison.platform.crypto.FieldCipher;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.ratelimit.RateLimiter;
import cn.liaison.wechat.WeChatPlatform;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The signed-in user's own account: profile, phone binding, deletion. */
@ApplicationScoped
public class MyAccount {

    private final UserRepository users;
    private final WeChatPlatform wechat;
    private final FieldCipher cipher;
    private final RateLimiter rateLimiter;
    private final AccountStatuses statuses;
    private final Clock clock;
    private final Instance<PersonalData> holders;

    public MyAccount(UserRepository users, WeChatPlatform wechat, FieldCipher cipher, RateLimiter rateLimiter,
            AccountStatuses statuses, Clock clock, Instance<PersonalData> holders) {
        this.users = users;
        this.wechat = wechat;
        this.cipher = cipher;
        this.rateLimiter = rateLimiter;
        this.statuses = statuses;
        this.clock = clock;
        this.holders = holders;
    }

    @WithSession
    public Uni<User> show(long userId) {
        return load(userId);
    }

    /**
     * A copy of the account's personal data and everything it submitted (PIPL art. 45): the account
     * under {@code account}, then each feature's section, read one after another in this session.
     */
    @WithSession
    public Uni<Map<String, Object>> copy(long userId, Function<User, Object> account) {
        return load(userId).chain(user -> {
            Map<String, Object> copy = new LinkedHashMap<>();
            copy.put("account", account.apply(user));
            Uni<Void> sections = Uni.createFrom().voidItem();
            for (PersonalData holder : holders) {
                sections = sections.chain(() -> holder.export(userId).invoke(section -> copy.put(holder.section(), section)).replaceWithVoid());
            }
            return sections.replaceWith(copy);
        });
    }

    @WithTransaction
    public Uni<User> change(long userId, @Valid ProfileChange change) {
        return load(userId).map(user -> {
            if (change.nickname() != null) {
                user.nickname = change.nickname().strip();
            }
            if (change.avatarUrl() != null) {
                user.avatarUrl = change.avatarUrl();
            }
            user.updatedAt = Instant.now(clock);
            return user;
        });
    }

    /** Asks WeChat for the number the user allowed, then keeps it encrypted with its look-up hash. */
    public Uni<User> bindPhone(long userId, String code) {
        return rateLimiter.hit("phone-binding", Long.toString(userId))
                .chain(() -> wechat.phoneNumber(code))
                .chain(phone -> Panache.withTransaction(() -> load(userId).map(user -> {
                    user.phoneCipher = cipher.encrypt(phone);
                    user.phoneHash = cipher.lookupHash(phone);
                    user.updatedAt = Instant.now(clock);
                    return user;
                })));
    }

    /**
     * Erases the account's personal data; what it wrote elsewhere stays, pointing at an anonymous
     * account. The openids are dropped too, so signing in again with WeChat starts a new account.
     */
    @WithTransaction
    public Uni<Void> delete(long userId) {
        return load(userId).call(user -> {
            if (user.isStaffOrAdmin()) {
                return Uni.createFrom().failure(new ApiException(ErrorCode.ACCOUNT_MANAGED_BY_ADMIN));
            }
            return eraseElsewhere(userId, user.nickname);
        }).map(user -> {
            user.openid = null;
            user.webOpenid = null;
            user.unionid = null;
            user.nickname = null;
            user.avatarUrl = null;
            user.phoneCipher = null;
            user.phoneHash = null;
            user.deletedAt = Instant.now(clock);
            user.updatedAt = user.deletedAt;
            statuses.forget(userId);
            return user;
        }).replaceWithVoid();
    }

    /** Every feature's personal data of the account, one after another in this session. */
    private Uni<Void> eraseElsewhere(long userId, String name) {
        Uni<Void> erased = Uni.createFrom().voidItem();
        for (PersonalData holder : holders) {
            erased = erased.chain(() -> holder.erase(userId, name));
        }
        return erased;
    }

    public String phoneOf(User user) {
        return user.phoneCipher == null ? null : cipher.decrypt(user.phoneCipher);
    }

    private Uni<User> load(long userId) {
        return users.findById(userId).map(user -> {
            if (user == null || !user.isActive()) {
                throw ApiException.notFound();
            }
            return user;
        });
    }
}
