package org.examcommit.contract.draw;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tickets under one seed (§4 step 3): the first 8 bytes of HMAC-SHA256(key = seed, message = UTF-8
 * of application_id), an unsigned big-endian 64-bit number written as 16 lowercase hex digits.
 * Fixed-width lowercase hex sorts as the unsigned numbers do, so tickets compare as text. Not
 * thread-safe (one {@link Mac} per instance): one per thread or per partition.
 */
public final class Tickets {

    private static final String HMAC = "HmacSHA256";

    private final Mac mac;

    public Tickets(byte[] seed) {
        try {
            mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(seed, HMAC));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** The ticket as its unsigned 64-bit value (compare with {@link Long#compareUnsigned}). */
    public long value(String applicationId) {
        byte[] digest = mac.doFinal(applicationId.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    }

    /** The ticket column: 16 lowercase hex digits. */
    public String hex(String applicationId) {
        return hex(value(applicationId));
    }

    public static String hex(long ticket) {
        String digits = Long.toHexString(ticket);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
