package cn.liaison.identity.rest;

import jakarta.ws.rs.core.SecurityContext;

/** The signed-in user's id: the JWT's subject, as issued by AccessTokens. */
final class Callers {

    private Callers() {
    }

    static long id(SecurityContext context) {
        return Long.parseLong(context.getUserPrincipal().getName());
    }
}
