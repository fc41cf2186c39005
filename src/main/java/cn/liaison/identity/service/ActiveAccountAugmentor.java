package cn.liaison.identity.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.tracing.LogContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Refuses a valid token whose account has been disabled or deleted, or whose password was reset or
 * changed, since it was issued, and tells
 * the request where a staff member may act (their scope may have changed since the token).
 */
@ApplicationScoped
public class ActiveAccountAugmentor implements SecurityIdentityAugmentor {

    /** Identity attribute: the path of the region a staff member acts in. */
    public static final String REGION_PATH = "liaison.regionPath";

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
        LogContext.caller(userId, identity.getRoles());
        return statuses.standing(userId).map(standing -> {
            if (!standing.active()) {
                throw new AuthenticationFailedException(new ApiException(ErrorCode.ACCOUNT_DISABLED));
            }
            if (identity.getPrincipal() instanceof JsonWebToken token && !standing.honours(AccessTokens.generationOf(token))) {
                throw new AuthenticationFailedException(new ApiException(ErrorCode.UNAUTHENTICATED)); // password changed since
            }
            if (standing.regionPath() == null) {
                return identity;
            }
            return QuarkusSecurityIdentity.builder(identity).addAttribute(REGION_PATH, standing.regionPath()).build();
        });
    }
}
