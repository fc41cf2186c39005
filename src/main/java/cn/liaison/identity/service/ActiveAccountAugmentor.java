package cn.liaison.identity.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/** Refuses a valid token whose account has been disabled or deleted since it was issued. */
@ApplicationScoped
public class ActiveAccountAugmentor implements SecurityIdentityAugmentor {

    private final AccountStatuses statuses;

    public ActiveAccountAugmentor(AccountStatuses statuses) {
        this.statuses = statuses;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        long userId;
        try {
            userId = Long.parseLong(identity.getPrincipal().getName());
        } catch (NumberFormatException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return statuses.isActive(userId).map(active -> {
            if (!active) {
                throw new AuthenticationFailedException(new ApiException(ErrorCode.ACCOUNT_DISABLED));
            }
            return identity;
        });
    }
}
