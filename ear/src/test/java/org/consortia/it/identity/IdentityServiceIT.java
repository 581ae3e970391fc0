package org.consortia.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.Account;
import org.consortia.identity.AccountService;
import org.consortia.identity.AuthenticationService;
import org.consortia.identity.CouncilRole;
import org.consortia.identity.LoginOutcome;
import org.consortia.identity.LoginResult;
import org.consortia.identity.Organisation;
import org.consortia.identity.OrganisationService;
import org.consortia.identity.Sector;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.it.support.SecondFactorCodes;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logins, lock-out, passwords, and the administration of accounts and organisations. */
@ExtendWith(ArquillianExtension.class)
class IdentityServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(IdentityServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    AuthenticationService authentication;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    @Test
    void theRightPasswordSignsInWhateverTheCaseOfTheAddress() {
        assertEquals(LoginOutcome.SIGNED_IN,
                authentication.authenticate(" " + world.headOfService.toUpperCase() + " ", Fixtures.PASSWORD).outcome());
        assertEquals(EnumSet.of(CouncilRole.HEAD_OF_SERVICE),
                authentication.authenticate(world.headOfService, Fixtures.PASSWORD).councilRoles());
    }

    @Test
    void anOversightRoleSignsInWithItsPasswordAndThenACode() {
        LoginResult password = authentication.authenticate(world.cmt, Fixtures.PASSWORD);
        assertEquals(LoginOutcome.SECOND_FACTOR_NEEDED, password.outcome());
        assertEquals(Set.of(), password.councilRoles(), "no rights until the code");
        assertEquals(LoginOutcome.INVALID_CREDENTIALS,
                authentication.authenticateWithCode(password.accountId(), "000000").outcome());
        LoginResult code = authentication.authenticateWithCode(password.accountId(), SecondFactorCodes.next(world.cmt));
        assertEquals(LoginOutcome.SIGNED_IN, code.outcome());
        assertEquals(EnumSet.of(CouncilRole.CMT), code.councilRoles());
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
        assertEquals(LoginOutcome.INVALID_CREDENTIALS,
                authentication.authenticate(world.cmt, "wrong password").outcome());
        assertEquals(LoginOutcome.INVALID_CREDENTIALS,
                authentication.authenticate("nobody." + world.tag + "@example.org", Fixtures.PASSWORD).outcome());
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, authentication.authenticate("", "").outcome());
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, authentication.authenticate(null, null).outcome());
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(LoginOutcome.INVALID_CREDENTIALS,
                    authentication.authenticate(world.chairOfA, "wrong " + attempt).outcome());
        }
        assertEquals(LoginOutcome.LOCKED, authentication.authenticate(world.chairOfA, "wrong 5").outcome());
        assertEquals(LoginOutcome.LOCKED, authentication.authenticate(world.chairOfA, Fixtures.PASSWORD).outcome());
        assertEquals(LoginOutcome.SIGNED_IN, authentication.authenticate(world.memberOfA, Fixtures.PASSWORD).outcome());
    }

    @Test
    void anUnknownAddressLocksExactlyLikeAKnownOne() {
        String unknown = "ghost." + world.tag + "@example.org";
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(LoginOutcome.INVALID_CREDENTIALS, authentication.authenticate(unknown, "guess").outcome());
        }
        assertEquals(LoginOutcome.LOCKED, authentication.authenticate(unknown, "guess").outcome());
    }

    @Test
    void aDisabledAccountCannotSignInAndIsNotACallerAnyMore() {
        long id = fixtures.account("leaver." + world.tag + "@example.org", world.council);
        Account account = as.user(world.admin, () -> accounts.find(id));
        account.setEnabled(false);
        as.user(world.admin, () -> accounts.update(account, world.council, EnumSet.noneOf(CouncilRole.class)));
        assertEquals(LoginOutcome.INVALID_CREDENTIALS,
                authentication.authenticate("leaver." + world.tag + "@example.org", Fixtures.PASSWORD).outcome());
        assertThrows(AccessDeniedException.class,
                () -> as.user("leaver." + world.tag + "@example.org", () -> accounts.changeOwnPassword(Fixtures.PASSWORD, null,
                        "a new long password", "a new long password")));
    }

    @Test
    void twoAdministratorsEditingOneAccountDoNotOverwriteEachOther() {
        long id = fixtures.account("edited." + world.tag + "@example.org", world.council);
        Account first = as.user(world.admin, () -> accounts.find(id));
        Account second = as.user(world.admin, () -> accounts.find(id));
        first.setName("First Edit");
        second.setName("Second Edit");
        as.user(world.admin, () -> accounts.update(first, world.council, EnumSet.noneOf(CouncilRole.class)));
        assertThrows(ConcurrentEditException.class, () -> as.user(world.admin,
                () -> accounts.update(second, world.council, EnumSet.noneOf(CouncilRole.class))));
        assertEquals("First Edit", as.user(world.admin, () -> accounts.find(id)).getName());
    }

    @Test
    void administratorsSendALinkRatherThanSetSomeoneElsesPassword() throws InterruptedException {
        long id = fixtures.account("forgetful." + world.tag + "@example.org", world.council);
        assertThrows(AccessDeniedException.class, () -> as.user(world.strategy, () -> accounts.sendPasswordReset(id)));
        as.user(world.admin, () -> accounts.sendPasswordReset(id));
        String links = "select count(r) from PasswordReset r where r.account.id = " + id;
        for (int wait = 0; wait < 100 && fixtures.count(links) == 0; wait++) {
            Thread.sleep(100);
        }
        assertEquals(1, fixtures.count(links), "the link is made a moment later, once");
        assertEquals(LoginOutcome.SIGNED_IN,
                authentication.authenticate("forgetful." + world.tag + "@example.org", Fixtures.PASSWORD).outcome(),
                "the password stays as it was until the person uses the link");
    }

    @Test
    void usersChangeTheirOwnPasswordAfterGivingTheCurrentOne() {
        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> as.user(world.memberOfA,
                () -> accounts.changeOwnPassword("not it", null, "brand new password", "brand new password")));
        assertEquals(Map.of("currentPassword", "Your current password is not right."), wrong.messagesByField());
        InvalidInputException mismatch = assertThrows(InvalidInputException.class, () -> as.user(world.memberOfA,
                () -> accounts.changeOwnPassword(Fixtures.PASSWORD, null, "brand new password", "brand new passw0rd")));
        assertEquals(Map.of("confirmation", "The two passwords are not the same."), mismatch.messagesByField());

        as.user(world.memberOfA, () -> accounts.changeOwnPassword(Fixtures.PASSWORD, null, "brand new password",
                "brand new password"));
        assertEquals(LoginOutcome.SIGNED_IN,
                authentication.authenticate(world.memberOfA, "brand new password").outcome());
        assertEquals(LoginOutcome.INVALID_CREDENTIALS,
                authentication.authenticate(world.memberOfA, Fixtures.PASSWORD).outcome());
    }

    @Test
    void storedHashesUsePbkdf2Sha256WithSixHundredThousandIterations() {
        as.user(world.memberOfA, () -> accounts.changeOwnPassword(Fixtures.PASSWORD, null, "a sufficiently long one",
                "a sufficiently long one"));
        String hash = fixtures.passwordHashOf(world.memberOfA);
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash);
    }

    @Test
    void organisationsAreAdministeredByAdministratorsOnly() {
        Organisation organisation = new Organisation("Youth Trust " + world.tag, Sector.VOLUNTARY_AND_COMMUNITY,
                "Charity");
        Organisation saved = as.user(world.admin, () -> organisations.save(organisation));
        assertTrue(saved.getId() > 0);
        Organisation same = new Organisation("youth trust " + world.tag, Sector.PUBLIC, "Charity");
        assertThrows(InvalidInputException.class, () -> as.user(world.admin, () -> organisations.save(same)));
        assertThrows(AccessDeniedException.class, () -> as.user(world.strategy, organisations::all));
    }

    @Test
    void twoAdministratorsEditingOneOrganisationDoNotOverwriteEachOther() {
        Organisation created = as.user(world.admin, () -> organisations.save(new Organisation("Food Bank " + world.tag,
                Sector.VOLUNTARY_AND_COMMUNITY, "Charity")));
        Organisation first = as.user(world.admin, () -> organisations.find(created.getId()));
        Organisation second = as.user(world.admin, () -> organisations.find(created.getId()));
        first.setType("First edit");
        second.setType("Second edit");
        as.user(world.admin, () -> organisations.save(first));
        ConcurrentEditException refused = assertThrows(ConcurrentEditException.class,
                () -> as.user(world.admin, () -> organisations.save(second)));
        assertTrue(refused.getMessage().matches(".*" + java.util.regex.Pattern.quote(world.admin) + ".* saved this"
                + " organisation at \\d\\d:\\d\\d on \\d{1,2} \\w+ \\d{4}, while you were editing it\\."
                + " Your changes have not been saved\\."), refused.getMessage());
        assertEquals("First edit", as.user(world.admin, () -> organisations.find(created.getId())).getType());
    }
}
