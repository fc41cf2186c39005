package cn.liaison.platform.crypto;

import java.util.Base64;

/** Reads {@code liaison.crypto.key}: base64 of exactly 32 bytes. */
public final class MasterKey {

    public static final int BYTES = 32;

    private MasterKey() {
    }

    public static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("liaison.crypto.key is not valid base64");
        }
        if (key.length != BYTES) {
            throw new IllegalStateException("liaison.crypto.key must decode to " + BYTES + " bytes, not " + key.length);
        }
        return key;
    }
}
