package org.consortia.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: six digits, a new code
 * every 30 seconds, HMAC-SHA1, the shared secret written in Base32. The codes themselves come from
 * the java-otp library; this class only says which codes a person may give when.
 */
public final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);

    /** The apps' default, which every one of them reads from a QR code. */
    public static final Totp AUTHENTICATOR_APPS = new Totp(6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    /** A code from the step before or after now is accepted too, for clocks a little apart and slow typing. */
    private static final int STEPS_EITHER_SIDE = 1;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator generator;

    Totp(int digits, String algorithm) {
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
    }

    /** A new shared secret of 160 random bits, in Base32 without padding. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The code of the secret's key at the instant. */
    public String code(byte[] key, Instant at) {
        try {
            return generator.generateOneTimePasswordString(keyOf(key), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC key of any length is valid", e);
        }
    }

    /** The code of a Base32 secret at the instant. */
    public String code(String base32Secret, Instant at) {
        return code(new Base32().decode(base32Secret), at);
    }

    /**
     * The time step whose code the person gave, if it is one of the steps around {@code now} and later
     * than {@code lastUsedStep} (each code works once); otherwise empty.
     */
    public OptionalLong matchingStep(String base32Secret, String typed, Instant now, long lastUsedStep) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (code.length() != generator.getPasswordLength() || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - STEPS_EITHER_SIDE; step <= current + STEPS_EITHER_SIDE; step++) {
            if (step > lastUsedStep && code.equals(code(base32Secret, Instant.ofEpochSecond(step * STEP.toSeconds())))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    static long stepAt(Instant at) {
        return at.getEpochSecond() / STEP.toSeconds();
    }

    /** The address an authenticator app reads from a QR code to add the account. */
    public static String appAddress(String base32Secret, String accountEmail) {
        String label = URLEncoder.encode("Consortia:" + accountEmail, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=Consortia&algorithm=SHA1&digits=6&period="
                + STEP.toSeconds();
    }

    private Key keyOf(byte[] key) {
        return new SecretKeySpec(key, generator.getAlgorithm());
    }
}
