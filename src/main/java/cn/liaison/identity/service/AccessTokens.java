package cn.liaison.identity.service;

import java.io.IOException;
import java.security.Key;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.liaison.identity.Role;
import cn.liaison.identity.TokenConfig;
import cn.liaison.identity.User;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Signs short-lived access tokens (HS256, with the key of the configured JWK set that
 * {@code smallrye.jwt.sign.key.id} names, and that kid in the header) whose groups are the user's
 * roles. The key is read once: SmallRye's no-argument {@code sign()} reads and parses the key file on
 * every token, which cost most of a sign-in's time under load.
 */
@ApplicationScoped
public class AccessTokens {

    /** The account's session generation when the session began (User#sessionGeneration). */
    static final String GENERATION_CLAIM = "sgen";

    private final TokenConfig config;
    private final Clock clock;
    private final String keyId;
    private final SecretKey signingKey;

    public AccessTokens(TokenConfig config, Clock clock,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> keyLocation,
            @ConfigProperty(name = "smallrye.jwt.sign.key.id") Optional<String> keyId) {
        this.config = config;
        this.clock = clock;
        this.keyId = keyId.orElseThrow(() -> new IllegalStateException(
                "No token signing key id: set smallrye.jwt.sign.key.id to the kid of a key in the JWK set"));
        this.signingKey = load(keyLocation.orElseThrow(() -> new IllegalStateException(
                "No token signing key: set smallrye.jwt.sign.key.location to a JWK set")), this.keyId);
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
                .jws().keyId(keyId).algorithm(SignatureAlgorithm.HS256)
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

    private static SecretKey load(String location, String keyId) {
        Key key;
        try {
            key = KeyUtils.readSigningKey(location, keyId, SignatureAlgorithm.HS256);
        } catch (IOException e) {
            throw new IllegalStateException("The token signing key cannot be read from " + location, e);
        }
        if (!(key instanceof SecretKey secret) || secret.getEncoded().length < 32) {
            throw new IllegalStateException("The JWK set has no HS256 key of at least 256 bits with the kid " + keyId);
        }
        return secret;
    }
}
