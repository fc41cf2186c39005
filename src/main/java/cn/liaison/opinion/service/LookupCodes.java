package cn.liaison.opinion.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.LookupConfig;
import cn.liaison.opinion.Opinion;
import cn.liaison.platform.crypto.FieldCipher;
import cn.liaison.platform.crypto.Secrets;

/**
 * The six-digit codes that let a confidential opinion's status be looked up from any phone. Kept as
 * a keyed hash (HMAC with the service's key): a copy of the database alone does not give the codes
 * away, as a plain hash of a million possible codes would. Wrong tries are counted per opinion, from
 * every address together; past {@code liaison.opinion-lookup.max-wrong-tries} the code stops working
 * until staff issue a new one, which the citizen asks for by phone at the station.
 */
@ApplicationScoped
public class LookupCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FieldCipher cipher;
    private final int mostWrongTries;

    public LookupCodes(FieldCipher cipher, LookupConfig config) {
        this.cipher = cipher;
        this.mostWrongTries = config.maxWrongTries();
    }

    public String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public String hash(String trackingNo, String code) {
        return cipher.lookupHash("opinion-lookup:" + trackingNo + ":" + code);
    }

    /** Whether {@code code} is the opinion's; codes issued before keyed hashes are still recognised. */
    public boolean matches(Opinion o, String code) {
        if (o.lookupCodeHash == null || code == null) {
            return false;
        }
        byte[] stored = o.lookupCodeHash.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(stored, hash(o.trackingNo, code).getBytes(StandardCharsets.US_ASCII))
                || MessageDigest.isEqual(stored, Secrets.sha256Hex("opinion-lookup:" + o.trackingNo + ":" + code)
                        .getBytes(StandardCharsets.US_ASCII));
    }

    public boolean locked(Opinion o) {
        return o.lookupFailures >= mostWrongTries;
    }
}
