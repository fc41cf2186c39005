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

    private final AccountReads accounts;
    private final Regions regions;
    private final Cache<Long, Standing> known;

    public AccountStatuses(AccountReads accounts, Regions regions, Clock clock, TokenConfig config) {
        this.accounts = accounts;
        this.regions = regions;
        this.known = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterWrite(config.accountStatusCacheTtl())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** Each miss reads for itself, so that every request goes on in its own Vert.x context. */
    public Uni<Standing> standing(long userId) {
        Standing cached = known.getIfPresent(userId);
        return cached != null ? Uni.createFrom().item(cached) : read(userId).invoke(standing -> known.put(userId, standing));
    }

    private Uni<Standing> read(long userId) {
        return accounts.status(userId).chain(status -> {
            if (status == null) {
                return Uni.createFrom().item(Standing.GONE);
            }
            Uni<String> path = status.regionId() == null ? Uni.createFrom().nullItem() : regions.pathOf(status.regionId());
            return path.map(regionPath -> new Standing(status.active(), regionPath, status.sessionsValidFrom()));
        });
    }

    /** Forgets what this instance knows of an account whose state just changed here. */
    public void forget(long userId) {
        known.invalidate(userId);
    }

    /**
     * Whether the account may act, for staff the path of their region (null otherwise), and the
     * second from which its tokens stand (0: all do).
     */
    public record Standing(boolean active, String regionPath, long sessionsValidFrom) {
        static final Standing GONE = new Standing(false, null, 0);

        public boolean honours(long issuedAt) {
            return issuedAt >= sessionsValidFrom;
        }
    }
}
