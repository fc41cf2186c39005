package cn.liaison.identity.service;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.identity.Role;
import cn.liaison.identity.User;
import cn.liaison.platform.config.LiaisonConfig;
import io.smallrye.jwt.build.Jwt;

/** Signs short-lived access tokens (RS256) whose groups are the user's roles. */
@ApplicationScoped
public class AccessTokens {

    private final LiaisonConfig config;

    public AccessTokens(LiaisonConfig config) {
        this.config = config;
    }

    public String issue(User user) {
        String id = user.id.toString();
        return Jwt.subject(id).upn(id)
                .groups(user.roles().stream().map(Role::name).collect(Collectors.toSet()))
                .expiresIn(config.tokens().accessTtl())
                .sign();
    }

    public long lifetimeSeconds() {
        return config.tokens().accessTtl().toSeconds();
    }
}
