package org.consortia.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hashes under which the random tokens of known-device cookies are stored. */
final class DeviceTokens {

    private static final int MAXIMUM_LENGTH = 100;

    private DeviceTokens() {
    }

    /** The stored form of a token, or null for a missing or implausible one. */
    static String hash(String token) {
        if (token == null || token.isEmpty() || token.length() > MAXIMUM_LENGTH) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
