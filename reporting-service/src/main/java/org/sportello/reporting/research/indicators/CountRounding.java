package org.sportello.reporting.research.indicators;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Optional rounding of published counts to a multiple of 5 (statistics offices' random rounding):
 * a count 5q + r goes up to 5(q + 1) with probability r/5, else down to 5q, so rounding adds no
 * bias. The draw is not random at query time but seeded per cell, by an HMAC of the cell's id
 * under a server secret: the same cell always rounds the same way, so asking a hundred times and
 * averaging gives nothing, and without the secret the direction cannot be predicted.
 */
final class CountRounding {

    static final CountRounding NONE = new CountRounding(false, "none");
    private static final int BASE = 5;

    private final boolean base5;
    private final byte[] secret;

    private CountRounding(boolean base5, String secret) {
        this.base5 = base5;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code sportello.reporting.research.rounding}: none or base5. */
    static CountRounding of(String mode, String secret) {
        return switch (mode) {
            case "none" -> NONE;
            case "base5" -> {
                if (secret == null || secret.length() < 16) {
                    throw new IllegalArgumentException(
                            "sportello.reporting.research.rounding-secret must have at least 16 characters");
                }
                yield new CountRounding(true, secret);
            }
            default -> throw new IllegalArgumentException(
                    "sportello.reporting.research.rounding must be none or base5, not " + mode);
        };
    }

    boolean rounds() {
        return base5;
    }

    /** The count as published; {@code cell} names it across queries (its table, filters and cell id). */
    long rounded(String cell, long count) {
        long remainder = count % BASE;
        if (!base5 || remainder == 0) {
            return count;
        }
        long down = count - remainder;
        return draw(cell) * BASE < remainder ? down + BASE : down;
    }

    /** A number in [0, 1) fixed by the cell and the secret. */
    private double draw(String cell) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] hash = mac.doFinal(cell.getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 7; i++) {
                bits = (bits << 8) | (hash[i] & 0xff);
            }
            return (double) bits / (1L << 56);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
