package cn.liaison.identity.service;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.liaison.identity.Role;
import cn.liaison.identity.TokenConfig;
import cn.liaison.identity.User;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Signs short-lived access tokens (RS256) whose groups are the user's roles. The signing key is
 * read once: SmallRye's no-argument {@code sign()} reads and parses the PEM file on every token,
 * which cost most of a sign-in's time under load.
 */
@ApplicationScoped
public class AccessTokens {

    /** The account's session generation when the session began (User#sessionGeneration). */
    static final String GENERATION_CLAIM = "sgen";

    private final TokenConfig config;
    private final Clock clock;
    private final PrivateKey signingKey;

    public AccessTokens(TokenConfig config, Clock clock,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> keyLocation,
            @ConfigProperty(name = "smallrye.jwt.sign.key") Optional<String> keyContent) {
        this.config = config;
        this.clock = clock;
        this.signingKey = load(keyLocation, keyContent);
    }

    /** An access token for a session of the given generation (a refreshed session keeps the one it began with). */
    public String issue(User user, int generation) {
        String id = user.id.toString();
        Instant now = clock.instant();
        return Jwt.subject(id).upn(id)
                .groups(user.roles().stream().map(Role::name).collect(Collectors.toSet()))
                .claim(GENERATION_CLAIM, generation)
                .issuedAt(now)
                .expiresAt(now.plus(config.accessTtl()))
                .sign(signingKey);
    }

    /** The session generation a token was issued for; tokens from before generations were counted: 0. */
    static int generationOf(JsonWebToken token) {
        Object claim = token.getClaim(GENERATION_CLAIM);
        return claim instanceof Number n ? n.intValue()
                : claim instanceof JsonNumber n ? n.intValue() : 0;
    }

    public long lifetimeSeconds() {
        return config.accessTtl().toSeconds();
    }

    private static PrivateKey load(Optional<String> location, Optional<String> content) {
        try {
            if (location.isPresent()) {
                return (PrivateKey) KeyUtils.readSigningKey(location.get(), null);
            }
            if (content.isPresent()) {
                return KeyUtils.decodePrivateKey(content.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("The token signing key cannot be read", e);
        }
        throw new IllegalStateException("No token signing key: set smallrye.jwt.sign.key.location");
    }
}
