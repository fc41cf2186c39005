package cn.liaison.identity.service;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.liaison.identity.TokenConfig;
import cn.liaison.identity.repository.AccountReads;
import cn.liaison.region.Regions;
import io.smallrye.mutiny.Uni;

/**
 * Whether an account may still use its tokens, and where a staff member may act. Access tokens
 * live 15 minutes, but a disabled or deleted account must be shut out within a minute, and a
 * changed scope must apply as fast: each instance re-reads an account after
 * {@code liaison.tokens.account-status-cache-ttl} (30 s), one primary-key read.
 */
@ApplicationScoped
public class AccountStatuses {

    private static final int MAX_ENTRIES = 200_000;
    /** What the cache keeps for an account that does not exist (Caffeine keeps no null). */
    private static final AccountReads.Status GONE = new AccountReads.Status(false, null, 0);

    private final AccountReads accounts;
    private final Regions regions;
    private final Cache<Long, AccountReads.Status> known;

    public AccountStatuses(AccountReads accounts, Regions regions, Clock clock, TokenConfig config) {
        this.accounts = accounts;
        this.regions = regions;
        this.known = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterWrite(config.accountStatusCacheTtl())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /**
     * Each miss reads for itself, so that every request goes on in its own Vert.x context. The
     * region's path is asked of {@link Regions} each time, so that a staff member's scope follows
     * their region when it moves.
     */
    public Uni<Standing> standing(long userId) {
        AccountReads.Status cached = known.getIfPresent(userId);
        Uni<AccountReads.Status> status = cached != null ? Uni.createFrom().item(cached)
                : accounts.status(userId).invoke(read -> known.put(userId, read == null ? GONE : read));
        return status.chain(s -> {
            if (s == null || s == GONE) {
                return Uni.createFrom().item(Standing.GONE);
            }
            Uni<String> path = s.regionId() == null ? Uni.createFrom().nullItem() : regions.pathOf(s.regionId());
            return path.map(regionPath -> new Standing(s.active(), regionPath, s.sessionGeneration()));
        });
    }

    /** Forgets what this instance knows of an account whose state just changed here. */
    public void forget(long userId) {
        known.invalidate(userId);
    }

    /**
     * Whether the account may act, for staff the path of their region (null otherwise), and the
     * generation of sessions that stand.
     */
    public record Standing(boolean active, String regionPath, int sessionGeneration) {
        static final Standing GONE = new Standing(false, null, 0);

        public boolean honours(int generation) {
            return generation == sessionGeneration;
        }
    }
}
