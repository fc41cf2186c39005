package cn.liaison.identity;

import java.util.EnumSet;
import java.util.Set;

import jakarta.ws.rs.core.SecurityContext;

import cn.liaison.identity.service.ActiveAccountAugmentor;
import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in caller, from the verified token and what ActiveAccountAugmentor added to it. */
public final class Callers {

    private Callers() {
    }

    /** The signed-in user's id: the JWT's subject, as issued by AccessTokens. */
    public static long id(SecurityContext context) {
        return Long.parseLong(context.getUserPrincipal().getName());
    }

    public static Caller of(SecurityIdentity identity) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : identity.getRoles()) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException ignored) {
                // A role this version does not know grants nothing.
            }
        }
        return new Caller(Long.parseLong(identity.getPrincipal().getName()), roles,
                identity.getAttribute(ActiveAccountAugmentor.REGION_PATH));
    }
}
