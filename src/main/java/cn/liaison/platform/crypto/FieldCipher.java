package cn.liaison.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.config.LiaisonConfig;

/**
 * Encrypts personal fields at rest (AES-256-GCM) and gives them a keyed hash for exact look-ups.
 * Two keys are derived from {@code liaison.crypto.key}, so that the look-up hash never reveals
 * anything about the encryption key. Ciphertext starts with a version byte for key rotation.
 */
@ApplicationScoped
public class FieldCipher {

    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(LiaisonConfig config) {
        byte[] master = MasterKey.decode(config.crypto().key().orElseThrow(
                () -> new IllegalStateException("liaison.crypto.key is not set")));
        this.encryptionKey = new SecretKeySpec(derive(master, "field-encryption"), "AES");
        this.lookupKey = new SecretKeySpec(derive(master, "lookup-hash"), "HmacSHA256");
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(VERSION).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        try {
            ByteBuffer data = ByteBuffer.wrap(Base64.getDecoder().decode(stored));
            if (data.get() != VERSION) {
                throw new IllegalStateException("Unknown field cipher version");
            }
            byte[] iv = new byte[IV_BYTES];
            data.get(iv);
            byte[] sealed = new byte[data.remaining()];
            data.get(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field decryption failed", e);
        }
    }

    /** Deterministic keyed hash: equal inputs give equal hashes, without the key nothing can be guessed. */
    public String lookupHash(String plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Look-up hash failed", e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
