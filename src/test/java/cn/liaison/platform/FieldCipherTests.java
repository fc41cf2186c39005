package cn.liaison.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import cn.liaison.platform.crypto.FieldCipher;
import cn.liaison.platform.crypto.Masking;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class FieldCipherTests {

    @Inject
    FieldCipher cipher;

    @Test
    void encryptionRoundTripsAndNeverRepeatsItself() {
        String first = cipher.encrypt("13812345678");
        assertNotEquals(first, cipher.encrypt("13812345678"));
        assertEquals("13812345678", cipher.decrypt(first));
    }

    @Test
    void theLookupHashIsStableAndKeyed() {
        assertEquals(cipher.lookupHash("13812345678"), cipher.lookupHash("13812345678"));
        assertNotEquals(cipher.lookupHash("13812345678"), cipher.lookupHash("13812345679"));
        assertNotEquals(cn.liaison.platform.crypto.Secrets.sha256Hex("13812345678"), cipher.lookupHash("13812345678"));
    }

    @Test
    void aTamperedCiphertextIsRefused() {
        String sealed = cipher.encrypt("13812345678");
        char last = sealed.charAt(sealed.length() - 6);
        String tampered = sealed.substring(0, sealed.length() - 6) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 5);
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered));
    }

    @Test
    void phonesAreMasked() {
        assertEquals("138****5678", Masking.phone("13812345678"));
        assertEquals("+86138****5678", Masking.phone("+8613812345678"));
        assertEquals("***45", Masking.phone("12345"));
    }
}
