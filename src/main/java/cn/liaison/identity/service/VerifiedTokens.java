package cn.liaison.identity.service;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator;
import io.smallrye.mutiny.Uni;

/**
 * Remembers access tokens already verified, until they expire. A mini-program sends the same token
 * with every request for 15 minutes, and parsing it and checking its signature (RS256 then) was a quarter
 * of the CPU time of a list request. Only the exact token string verified before is taken, so a
 * forged or altered token still goes to the verifier. Whether the account may still act is not
 * remembered here: {@link ActiveAccountAugmentor} checks it on every request as before.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** Enough for the tokens in use on one instance at once; past it, the least used go first. */
    private static final int MAX_ENTRIES = 10_000;

    private final MpJwtValidator verifier;
    private final Clock clock;
    /** Each token is kept until its own expiry. */
    private final Cache<String, Verified> verified;

    public VerifiedTokens(MpJwtValidator verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfter(Expiry.creating((String token, Verified v) ->
                        Duration.ofMillis(Math.max(0, v.expiresAtMillis() - clock.millis()))))
                .build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Ahead of the verifier itself (which has the default priority), which is asked on a miss. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        Verified known = verified.getIfPresent(token);
        if (known != null && clock.millis() < known.expiresAtMillis()) {
            return Uni.createFrom().item(known.identity());
        }
        return verifier.authenticate(request, context).invoke(identity -> remember(token, identity));
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            verified.put(token, new Verified(identity, jwt.getExpirationTime() * 1000));
        }
    }

    private record Verified(SecurityIdentity identity, long expiresAtMillis) {
    }
}
