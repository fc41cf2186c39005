package cn.liaison.directory.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.repository.DeputyRepository;
import cn.liaison.directory.repository.InvitationRepository;
import cn.liaison.identity.Accounts;
import cn.liaison.identity.Caller;
import cn.liaison.identity.Role;
import cn.liaison.platform.crypto.Secrets;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.ratelimit.RateLimiter;
import cn.liaison.platform.time.ApiTime;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A deputy binds their WeChat account with a one-time code from staff. Only the code's hash is
 * kept; a new code replaces the unused ones; wrong guesses are rate limited per account.
 */
@ApplicationScoped
public class DeputyBinding {

    static final Duration VALID_FOR = Duration.ofDays(7);
    /** No 0/O, 1/I/L: the code is read aloud or typed from paper. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DeputyAdministration administration;
    private final DeputyRepository deputies;
    private final InvitationRepository invitations;
    private final Accounts accounts;
    private final RateLimiter rateLimiter;
    private final DirectoryCache cache;
    private final Clock clock;

    public DeputyBinding(DeputyAdministration administration, DeputyRepository deputies, InvitationRepository invitations,
            Accounts accounts, RateLimiter rateLimiter, DirectoryCache cache, Clock clock) {
        this.administration = administration;
        this.deputies = deputies;
        this.invitations = invitations;
        this.accounts = accounts;
        this.rateLimiter = rateLimiter;
        this.cache = cache;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Invitation> invite(Caller caller, long deputyId) {
        String code = newCode();
        Instant now = Instant.now(clock);
        Instant expiresAt = now.plus(VALID_FOR);
        return administration.inScope(caller, deputyId)
                .chain(deputy -> invitations.replace(deputyId, hash(code), caller.userId(), expiresAt))
                .replaceWith(new Invitation(deputyId, code, ApiTime.of(expiresAt)));
    }

    /** Spends the code and makes the caller the deputy's account; concurrent uses of one code: one wins. */
    public Uni<Bound> bind(Caller caller, String code) {
        return rateLimiter.hit("deputy-binding", Long.toString(caller.userId()))
                .chain(() -> spend(caller, code))
                .call(cache::changed);
    }

    @WithTransaction
    Uni<Bound> spend(Caller caller, String code) {
        Instant now = Instant.now(clock);
        return invitations.spend(hash(code), caller.userId(), now).chain(deputyId -> deputyId == null
                ? Uni.createFrom().failure(new ApiException(ErrorCode.INVITATION_INVALID))
                : bindTo(caller, deputyId, now));
    }

    private Uni<Bound> bindTo(Caller caller, long deputyId, Instant now) {
        return deputies.findByUser(caller.userId()).chain(already -> {
            if (already != null && already.id != deputyId) {
                return Uni.createFrom().failure(new ApiException(ErrorCode.ACCOUNT_ALREADY_DEPUTY));
            }
            return deputies.findById(deputyId);
        }).chain(deputy -> {
            if (deputy.userId != null && deputy.userId != caller.userId()) {
                return Uni.createFrom().failure(new ApiException(ErrorCode.DEPUTY_ALREADY_BOUND));
            }
            deputy.userId = caller.userId();
            deputy.updatedAt = now;
            return accounts.grant(caller.userId(), Role.DEPUTY, now).map(roles -> new Bound(deputy.id, roles));
        });
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String hash(String code) {
        return Secrets.sha256Hex("deputy-invitation:" + code.strip().toUpperCase(Locale.ROOT));
    }

    /** A code to hand to the deputy; shown once, kept only as a hash. */
    public record Invitation(Long deputyId, String code, OffsetDateTime expiresAt) {
    }

    /** The deputy the account now speaks for; refresh the tokens to act with the new role. */
    public record Bound(Long deputyId, java.util.Set<Role> roles) {
    }
}
