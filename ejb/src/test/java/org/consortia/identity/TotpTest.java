package org.consortia.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    private static final String SHA1_KEY = "12345678901234567890";

    /** RFC 6238, Appendix B: eight digits, each algorithm with its own seed. */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void givesTheCodesOfTheRfcTestVectors(long seconds, String sha1, String sha256, String sha512) {
        Instant at = Instant.ofEpochSecond(seconds);
        assertEquals(sha1, new Totp(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1)
                .code(SHA1_KEY.getBytes(StandardCharsets.US_ASCII), at));
        assertEquals(sha256, new Totp(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA256)
                .code("12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII), at));
        assertEquals(sha512, new Totp(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA512)
                .code("1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII), at));
        assertEquals(sha1.substring(2), Totp.AUTHENTICATOR_APPS.code(SHA1_KEY.getBytes(StandardCharsets.US_ASCII), at),
                "the apps' six digits are the last six of the same code");
    }

    private static final String SECRET = new Base32().encodeToString(SHA1_KEY.getBytes(StandardCharsets.US_ASCII));

    @Test
    void acceptsACodeFromTheStepBeforeOrAfterAndNoFurther() {
        Instant issued = Instant.ofEpochSecond(1111111109);
        String code = Totp.AUTHENTICATOR_APPS.code(SECRET, issued);
        assertEquals("081804", code);
        long step = Totp.stepAt(issued);
        assertEquals(OptionalLong.of(step), Totp.AUTHENTICATOR_APPS.matchingStep(SECRET, code, issued, 0));
        assertEquals(OptionalLong.of(step), Totp.AUTHENTICATOR_APPS.matchingStep(SECRET, code, issued.plusSeconds(30), 0),
                "half a minute on, as the clock moves");
        assertEquals(OptionalLong.of(step), Totp.AUTHENTICATOR_APPS.matchingStep(SECRET, code, issued.minusSeconds(30), 0),
                "a phone's clock half a minute ahead");
        assertEquals(OptionalLong.empty(), Totp.AUTHENTICATOR_APPS.matchingStep(SECRET, code, issued.plusSeconds(61), 0),
                "two steps on, the code has run out");
        assertEquals(OptionalLong.empty(), Totp.AUTHENTICATOR_APPS.matchingStep(SECRET, code, issued.minusSeconds(90), 0));
    }

    @Test
    void aCodeWorksOnceAndOnlyAsSixDigits() {
        Instant now = Instant.ofEpochSecond(2000000000);
        String code = Totp.AUTHENTICATOR_APPS.code(SECRET, now);
        long step = Totp.stepAt(now);
        assertEquals(OptionalLong.empty(), Totp.AUTHENTICATOR_APPS.matchingStep(SECRET, code, now, step),
                "a step already used does not work again");
        assertEquals(OptionalLong.of(step), Totp.AUTHENTICATOR_APPS.matchingStep(SECRET, code.substring(0, 3) + " "
                + code.substring(3), now, step - 1), "spaces as the apps show them are ignored");
        assertEquals(OptionalLong.empty(), Totp.AUTHENTICATOR_APPS.matchingStep(SECRET, "12345", now, 0));
        assertEquals(OptionalLong.empty(), Totp.AUTHENTICATOR_APPS.matchingStep(SECRET, "<script>", now, 0));
        assertEquals(OptionalLong.empty(), Totp.AUTHENTICATOR_APPS.matchingStep(SECRET, null, now, 0));
    }

    @Test
    void newSecretsAreRandomBase32ThatAppsRead() {
        String secret = Totp.newSecret();
        assertEquals(32, secret.length(), "160 bits");
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertNotEquals(secret, Totp.newSecret());
        assertEquals("otpauth://totp/Consortia%3Ajo%40example.org?secret=" + secret
                + "&issuer=Consortia&algorithm=SHA1&digits=6&period=30", Totp.appAddress(secret, "jo@example.org"));
    }
}
