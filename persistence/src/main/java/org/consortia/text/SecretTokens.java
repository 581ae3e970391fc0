package org.consortia.text;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The long random tokens that open something without a password (a link in an e-mail, a calendar
 * feed, a browser's known-device cookie), and the hashes under which they are stored: the database
 * never holds a token that works.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 32 random bytes, base64url without padding. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private SecretTokens() {
    }

    /** A new token of 256 random bits, safe in a web address and a cookie. */
    public static String next() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Whether the text has the shape of a token, so that no lookup is made for one that cannot be. */
    public static boolean plausible(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** The stored form of a token, or null for one that is missing or not of a token's shape. */
    public static String hash(String token) {
        return plausible(token) ? Sha256.hex(token) : null;
    }
}
