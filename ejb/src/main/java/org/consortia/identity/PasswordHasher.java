package org.consortia.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords as PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP ASVS 5.0); the platform
 * default of 2,048 iterations is far too low.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash hash;

    /** Verified against when no account matches, so an unknown address costs as much time as a known one. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
        decoy = hash.generate("decoy password for unknown accounts".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification and always fails. */
    public boolean verifyAgainstDecoy(String password) {
        hash.verify(password.toCharArray(), decoy);
        return false;
    }

    /** A message for a password that breaks the policy, or null when it is acceptable. */
    public static String policyProblem(String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return "Use at least " + MINIMUM_LENGTH + " characters.";
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return "Use no more than " + MAXIMUM_LENGTH + " characters.";
        }
        if (password.isBlank()) {
            return "A password cannot be only spaces.";
        }
        return null;
    }
}
