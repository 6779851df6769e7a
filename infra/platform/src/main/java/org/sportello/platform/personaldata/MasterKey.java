package org.sportello.platform.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;

/**
 * The key that wraps every data key of a service: AES-256-GCM, given as base64 of 32 random bytes
 * ({@code openssl rand -base64 32}). It never touches the data itself, so replacing it re-wraps a
 * few bytes per subject and leaves events as they are.
 */
final class MasterKey {

    static final int BYTES = 32;
    private static final byte[] ID_INFO = "sportello master key id".getBytes(StandardCharsets.UTF_8);

    private final String id;
    private final Aead aead;

    private MasterKey(byte[] raw) throws GeneralSecurityException {
        this.aead = new AesGcmJce(raw);
        this.id = idOf(raw);
    }

    /**
     * @param setting the environment variable that gave it, named in the error so that an operator
     *                knows what to fix
     */
    static MasterKey parse(String base64, String setting) {
        if (base64 == null || base64.isBlank()) {
            throw new InvalidMasterKey("Set " + setting + " to the base64 of " + BYTES
                    + " random bytes (openssl rand -base64 32): the service keeps personal data and will not start "
                    + "without the key that protects it.");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidMasterKey(setting + " is not base64; generate one with openssl rand -base64 32.");
        }
        if (raw.length != BYTES) {
            throw new InvalidMasterKey(setting + " holds " + raw.length + " bytes, not " + BYTES
                    + "; generate one with openssl rand -base64 32.");
        }
        try {
            return new MasterKey(raw);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("AES-GCM is unavailable in this JVM", unavailable);
        }
    }

    /**
     * A short, stable name for the key, stored beside every key it wraps so that a rotation knows
     * what is left to re-wrap. An HMAC of a fixed text: it tells nothing about the key itself.
     */
    String id() {
        return id;
    }

    byte[] wrap(byte[] key, byte[] associatedData) {
        try {
            return aead.encrypt(key, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap a key", e);
        }
    }

    byte[] unwrap(byte[] wrapped, byte[] associatedData) throws GeneralSecurityException {
        return aead.decrypt(wrapped, associatedData);
    }

    private static String idOf(byte[] raw) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(raw, "HmacSHA256"));
        byte[] digest = mac.doFinal(ID_INFO);
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
