package org.sportello.platform.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.spec.SecretKeySpec;

import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.subtle.PrfHmacJce;

/** HMAC-SHA256 under one purpose's key: the same text always gives the same 32 bytes. */
public final class KeyedHash {

    private static final int BYTES = 32;

    private final Prf prf;

    KeyedHash(byte[] key) {
        try {
            this.prf = new PrfHmacJce("HMACSHA256", new SecretKeySpec(key, "HMAC"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable in this JVM", e);
        }
    }

    public byte[] of(String text) {
        try {
            return prf.compute(text.getBytes(StandardCharsets.UTF_8), BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed", e);
        }
    }

    @Override
    public String toString() {
        return "KeyedHash[withheld]";
    }
}
