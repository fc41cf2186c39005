package cn.liaison.support;

import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Access tokens minted with the test key, including the broken ones an attacker would try. */
public final class TestTokens {

    public static final String ISSUER = "https://liaison-station/api";
    public static final String AUDIENCE = "liaison-api";

    private TestTokens() {
    }

    public static JwtClaimsBuilder claims(long userId, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(Long.toString(userId)).upn(Long.toString(userId))
                .groups(Set.of(roles));
    }

    public static String valid(long userId, String... roles) {
        return claims(userId, roles).sign();
    }

    public static String expired(long userId, String... roles) {
        Instant past = Instant.now().minusSeconds(3600);
        return claims(userId, roles).issuedAt(past).expiresAt(past.plusSeconds(900)).sign();
    }

    public static String wrongIssuer(long userId, String... roles) {
        return claims(userId, roles).issuer("https://someone-else/api").sign();
    }

    /** A valid token whose payload was edited to claim ADMIN, signature left as it was. */
    public static String tampered(long userId) {
        return tampered(valid(userId, "CITIZEN"));
    }

    /** {@code token} with its payload edited to claim ADMIN, signature left as it was. */
    public static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("\"CITIZEN\"", "\"ADMIN\"").getBytes());
        return parts[0] + "." + forged + "." + parts[2];
    }
}
