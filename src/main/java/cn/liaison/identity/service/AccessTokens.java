package cn.liaison.identity.service;

import java.security.PrivateKey;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    private final TokenConfig config;
    private final PrivateKey signingKey;

    public AccessTokens(TokenConfig config,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> keyLocation,
            @ConfigProperty(name = "smallrye.jwt.sign.key") Optional<String> keyContent) {
        this.config = config;
        this.signingKey = load(keyLocation, keyContent);
    }

    public String issue(User user) {
        String id = user.id.toString();
        return Jwt.subject(id).upn(id)
                .groups(user.roles().stream().map(Role::name).collect(Collectors.toSet()))
                .expiresIn(config.accessTtl())
                .sign(signingKey);
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
