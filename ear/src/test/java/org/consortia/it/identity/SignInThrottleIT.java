package org.consortia.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.AccountService;
import org.consortia.identity.Admission;
import org.consortia.identity.AuthenticationService;
import org.consortia.identity.LoginOutcome;
import org.consortia.identity.LoginThrottle;
import org.consortia.identity.SignInOrigin;
import org.consortia.identity.SignInRecordsCleanup;
import org.consortia.it.support.AllAtOnce;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.text.SecretTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in lock-out under parallel guesses, per client address and for browsers that signed in
 * before; and the change-password page counting towards it.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(SignInThrottleIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    AuthenticationService authentication;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountService accounts;

    @Inject
    SignInRecordsCleanup cleanup;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    @Test
    void thirtyParallelAttemptsOnOneAddressAdmitExactlyFive() throws Exception {
        String address = "target." + world.tag + "@example.org";
        List<Admission> admissions = AllAtOnce.run(30,
                () -> throttle.admit(address, new SignInOrigin(null, null), Instant.now()));
        assertEquals(5, admissions.stream().filter(Admission::admitted).count());
        assertEquals(5, countedFor("address:" + address));
        assertTrue(admissions.stream().filter(admission -> !admission.admitted())
                .allMatch(admission -> admission.refusal() == LoginOutcome.LOCKED));
    }

    @Test
    void aStormOfWrongPasswordsEvaluatesAtMostFiveAndThenLocksEvenTheRightOne() throws Exception {
        int evaluatedOrRefused = 0;
        while (evaluatedOrRefused < 30) {
            List<LoginOutcome> wave = AllAtOnce.run(10, () -> authentication.authenticate(world.chairOfA, "a guess").outcome());
            evaluatedOrRefused += (int) wave.stream().filter(outcome -> outcome != LoginOutcome.BUSY).count();
        }
        assertEquals(5, countedFor("address:" + world.chairOfA), "five guesses were checked, no more");
        assertEquals(LoginOutcome.LOCKED, authentication.authenticate(world.chairOfA, Fixtures.PASSWORD).outcome());
    }

    @Test
    void oneClientCannotLockMoreThanAFewAddresses() {
        SignInOrigin origin = new SignInOrigin("192.0.2." + (world.tag.hashCode() & 0x7f), null);
        List<String> victims = List.of(world.chairOfA, world.memberOfA, world.observerOfA, world.chairOfB, world.cmt);
        for (String victim : victims) {
            for (int attempt = 0; attempt < 4; attempt++) {
                assertEquals(LoginOutcome.INVALID_CREDENTIALS, from(origin, () -> authentication.authenticate(victim, "guess")
                        .outcome()));
            }
        }
        assertEquals(LoginOutcome.CLIENT_LOCKED, from(origin, () -> authentication.authenticate(world.strategy,
                Fixtures.PASSWORD).outcome()), "the twenty-first attempt from the client is refused, even a right one");
        assertEquals(LoginOutcome.SIGNED_IN, from(new SignInOrigin("198.51.100.7", null),
                () -> authentication.authenticate(world.chairOfA, Fixtures.PASSWORD).outcome()),
                "the addresses it tried are not locked for anyone else");
    }

    @Test
    void aBrowserThatSignedInBeforeStillSignsInWhileTheAddressIsLocked() {
        SignInOrigin ownBrowser = new SignInOrigin("203.0.113.10", SecretTokens.next());
        String attackersToken = SecretTokens.next();
        assertEquals(LoginOutcome.SIGNED_IN, from(ownBrowser,
                () -> authentication.authenticate(world.memberOfA, Fixtures.PASSWORD).outcome()));
        for (int attempt = 0; attempt < 5; attempt++) {
            SignInOrigin attacker = new SignInOrigin("203.0.113." + (20 + attempt), attackersToken);
            from(attacker, () -> authentication.authenticate(world.memberOfA, "guess"));
        }
        assertEquals(LoginOutcome.LOCKED, from(new SignInOrigin("203.0.113.30", null),
                () -> authentication.authenticate(world.memberOfA, Fixtures.PASSWORD).outcome()));
        assertEquals(LoginOutcome.LOCKED, from(new SignInOrigin("203.0.113.31", attackersToken),
                () -> authentication.authenticate(world.memberOfA, Fixtures.PASSWORD).outcome()),
                "a token that never signed in to the address is no known device");
        assertEquals(LoginOutcome.SIGNED_IN, from(ownBrowser,
                () -> authentication.authenticate(world.memberOfA, Fixtures.PASSWORD).outcome()));
    }

    @Test
    void aKnownDeviceHasItsOwnLockOut() {
        SignInOrigin device = new SignInOrigin("203.0.113.40", SecretTokens.next());
        from(device, () -> authentication.authenticate(world.observerOfA, Fixtures.PASSWORD));
        for (int attempt = 0; attempt < 4; attempt++) {
            assertEquals(LoginOutcome.INVALID_CREDENTIALS,
                    from(device, () -> authentication.authenticate(world.observerOfA, "guess").outcome()));
        }
        assertEquals(LoginOutcome.LOCKED, from(device, () -> authentication.authenticate(world.observerOfA, "guess")
                .outcome()));
        assertEquals(LoginOutcome.SIGNED_IN, from(new SignInOrigin("203.0.113.41", null),
                () -> authentication.authenticate(world.observerOfA, Fixtures.PASSWORD).outcome()),
                "guesses from a known device do not lock the address for others");
    }

    @Test
    void wrongCurrentPasswordsOnTheChangePasswordPageCountTowardsTheLockOut() {
        for (int attempt = 1; attempt < 5; attempt++) {
            InvalidInputException wrong = assertThrows(InvalidInputException.class,
                    () -> as.user(world.memberOfA, () -> accounts.changeOwnPassword("guess", null, "a brand new password",
                            "a brand new password")));
            assertEquals(Map.of("currentPassword", "Your current password is not right."), wrong.messagesByField());
        }
        InvalidInputException fifth = assertThrows(InvalidInputException.class,
                () -> as.user(world.memberOfA, () -> accounts.changeOwnPassword("guess", null, "a brand new password",
                        "a brand new password")));
        assertTrue(fifth.messagesByField().get("currentPassword").startsWith("Too many wrong passwords"),
                fifth.getMessage());
        InvalidInputException locked = assertThrows(InvalidInputException.class,
                () -> as.user(world.memberOfA, () -> accounts.changeOwnPassword(Fixtures.PASSWORD, null,
                        "a brand new password", "a brand new password")));
        assertTrue(locked.messagesByField().get("currentPassword").matches("Too many wrong passwords have been given for"
                + " your account\\. Try again after \\d\\d:\\d\\d\\."), "even the right password waits for the lock"
                + " to end, and the person is told until when: " + locked.getMessage());
        assertEquals(LoginOutcome.LOCKED, authentication.authenticate(world.memberOfA, Fixtures.PASSWORD).outcome());
    }

    @Test
    void aPasswordHashIsNeverStoredWithoutTheConfirmedCurrentPassword() {
        assertThrows(AccessDeniedException.class, () -> as.user(world.memberOfA,
                () -> accounts.storeOwnPassword(null, "PBKDF2WithHmacSHA256:1:AAAA:AAAA")));
        assertEquals(LoginOutcome.SIGNED_IN, authentication.authenticate(world.memberOfA, Fixtures.PASSWORD).outcome());
    }

    @Test
    void theLockOutForgetsFailuresAndGuardsThatCanNoLongerLockAnything() {
        String address = "forgotten." + world.tag + "@example.org";
        throttle.admit(address, new SignInOrigin(null, null), Instant.now().minus(Duration.ofHours(2)));
        String recent = "recent." + world.tag + "@example.org";
        throttle.admit(recent, new SignInOrigin(null, null), Instant.now());
        cleanup.forgetBefore(Instant.now());
        assertEquals(0, countedFor("address:" + address));
        assertEquals(0, fixtures.countInSql("select count(*) from login_throttle where throttle_key = 'address:"
                + address + "'"));
        assertEquals(1, countedFor("address:" + recent), "a failure that still counts is kept");
        assertEquals(1, fixtures.countInSql("select count(*) from login_throttle where throttle_key = 'address:"
                + recent + "'"));
    }

    private long countedFor(String key) {
        return fixtures.count("select count(f) from LoginFailure f where f.throttleKey = '" + key + "'");
    }

    private static <T> T from(SignInOrigin origin, Supplier<T> work) {
        SignInOrigin.set(origin);
        try {
            return work.get();
        } finally {
            SignInOrigin.clear();
        }
    }
}
