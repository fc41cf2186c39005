package cn.liaison.platform.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.web.OffEventLoop;
import io.smallrye.mutiny.Uni;

/**
 * Slow password hashing (PBKDF2-HMAC-SHA256, 210,000 iterations as OWASP advises), run on the
 * worker pool because it takes tens of milliseconds. The stored form names its algorithm and cost
 * so that both can be raised later without breaking old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final String ALGORITHM = "pbkdf2-sha256";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when the user does not exist, so that timing does not tell which usernames exist. */
    private static final String DECOY = hashNow("decoy-password-never-matches");

    public Uni<String> hash(String password) {
        return OffEventLoop.run(() -> hashNow(password));
    }

    /** True when the password matches; a null stored hash is checked against a decoy and fails. */
    public Uni<Boolean> verify(String password, String stored) {
        return OffEventLoop.run(() -> verifyNow(password, stored == null ? DECOY : stored) && stored != null);
    }

    public static String hashNow(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    static boolean verifyNow(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = pbkdf2(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return Secrets.constantTimeEquals(expected, actual);
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
