package org.examcommit.contract.draw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** The draw's secret: 32 random bytes, published first as their SHA-256 and after the draw as themselves (§4 steps 1, 5). */
public final class Seeds {

    /** Bytes in a seed. */
    public static final int SEED_BYTES = 32;

    private Seeds() {}

    /** A fresh seed from the platform's strong random source. */
    public static byte[] generate(SecureRandom random) {
        byte[] seed = new byte[SEED_BYTES];
        random.nextBytes(seed);
        return seed;
    }

    /** The seed of a hex text, which must be 32 bytes (64 hex digits, either case). */
    public static byte[] parse(String hex) {
        String text = hex == null ? "" : hex.strip();
        if (text.length() != 2 * SEED_BYTES) {
            throw new IllegalArgumentException(
                    "a seed is " + SEED_BYTES + " bytes, 64 hex digits; this one has " + text.length() + " characters");
        }
        return Hex.parse(text);
    }

    /** Lowercase hex SHA-256 of the seed's bytes (§4 step 1: {@code seed_sha256}). */
    public static String sha256(byte[] seed) {
        return Hex.of(sha256Digest().digest(seed));
    }

    /** Lowercase hex SHA-256 of a text's UTF-8 bytes. */
    static String sha256(String text) {
        return Hex.of(sha256Digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
