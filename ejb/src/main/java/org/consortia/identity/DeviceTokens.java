package org.consortia.identity;

import org.consortia.text.Sha256;

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
        return Sha256.hex(token);
    }
}
