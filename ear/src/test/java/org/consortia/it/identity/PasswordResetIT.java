package org.consortia.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.Inbox;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Forgot your password?" from outside, with the e-mail through a real SMTP server: the link sets a
 * new password once, within its hour, for its own account only, and signs the account out
 * everywhere; the page answers alike whether or not an account has the address; requests are
 * limited per address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordResetIT {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    private Inbox inbox;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @BeforeEach
    void startMailServer() {
        inbox = Inbox.start();
    }

    @AfterEach
    void stopMailServer() {
        inbox.close();
    }

    private static Page ask(PortalClient client, String address) {
        Page form = client.get("/forgot-password");
        assertEquals(200, form.status());
        return client.submit(form, "forgot", Map.of("forgot:email", address), "forgot:send");
    }

    private static Page setPassword(PortalClient client, String link, String password, String again) {
        Page form = client.get(link);
        return client.submit(form, "reset", Map.of("reset:newPassword", password, "reset:confirmation", again),
                "reset:save");
    }

    @Test
    void theLinkSetsANewPasswordOnceAndSignsTheAccountOutEverywhere() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient elsewhere = scenario.signedIn(scenario.memberOfA);
        assertEquals(200, elsewhere.get("/").status());

        PortalClient anonymous = new PortalClient();
        Page answer = ask(anonymous, scenario.memberOfA);
        assertNotNull(answer.document().getElementById("sent"), answer.body());
        String mail = inbox.awaitMessage(scenario.memberOfA, 1);
        assertTrue(mail.contains("works once, for an hour"), mail);
        String link = Inbox.linkTo(mail, "/reset-password?token=");

        Page form = anonymous.get(link);
        assertTrue(form.body().contains(scenario.memberOfA), "the page names whose password it sets");
        Page mismatch = setPassword(anonymous, link, NEW_PASSWORD, NEW_PASSWORD + "!");
        assertTrue(mismatch.body().contains("The two passwords are not the same."), mismatch.body());
        Page tooShort = setPassword(anonymous, link, "short", "short");
        assertTrue(tooShort.body().contains("Use at least 12 characters."), tooShort.body());
        assertEquals(302, new PortalClient().login(scenario.memberOfA, HttpScenario.PASSWORD).status(),
                "a refused form changes nothing");

        Page done = setPassword(anonymous, link, NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(302, done.status(), done.body());
        assertTrue(done.location().endsWith("/login"), done.location());

        Page after = elsewhere.get("/");
        assertEquals(302, after.status(), "the session opened before the reset has ended");
        assertEquals(200, new PortalClient().login(scenario.memberOfA, HttpScenario.PASSWORD).status(),
                "the old password no longer signs in");
        assertEquals(302, new PortalClient().login(scenario.memberOfA, NEW_PASSWORD).status());

        Page again = anonymous.get(link);
        assertNull(again.document().getElementById("reset"), "a used link shows no form");
        assertTrue(again.body().contains("This link no longer works"), again.body());
        assertFalse(mail.contains(scenario.chairOfA));
        assertEquals(302, new PortalClient().login(scenario.chairOfA, HttpScenario.PASSWORD).status(),
                "only the link's own account changed");
    }

    @Test
    void aNewerLinkLeavesTheOlderWorkingUntilOneIsUsedAndAnExpiredLinkDoesNothing() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient anonymous = new PortalClient();
        ask(anonymous, scenario.chairOfA);
        String first = Inbox.linkTo(inbox.awaitMessage(scenario.chairOfA, 1), "/reset-password?token=");
        ask(anonymous, scenario.chairOfA);
        String second = Inbox.linkTo(inbox.awaitMessage(scenario.chairOfA, 2), "/reset-password?token=");
        assertFalse(first.equals(second), "each link has its own token");

        assertEquals(302, setPassword(anonymous, second, NEW_PASSWORD, NEW_PASSWORD).status());
        assertTrue(anonymous.get(first).body().contains("This link no longer works"),
                "using one link ends the account's other links");

        ask(anonymous, scenario.memberOfA);
        String expiring = Inbox.linkTo(inbox.awaitMessage(scenario.memberOfA, 1), "/reset-password?token=");
        Page form = anonymous.get(expiring);
        Inbox.expireLinksOf(scenario.memberOfA);
        Page late = anonymous.submit(form, "reset", Map.of("reset:newPassword", NEW_PASSWORD, "reset:confirmation",
                NEW_PASSWORD), "reset:save");
        assertTrue(late.body().contains("This link no longer works"), late.body());
        assertEquals(302, new PortalClient().login(scenario.memberOfA, HttpScenario.PASSWORD).status(),
                "an expired link changed nothing");
        assertTrue(anonymous.get("/reset-password?token=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body()
                .contains("This link no longer works"));
    }

    @Test
    void thePageAnswersAlikeWhetherOrNotAnAccountHasTheAddress() {
        HttpScenario scenario = HttpScenario.build();
        String unknown = "nobody-" + scenario.tag + "@example.org";
        Page known = ask(new PortalClient(), scenario.observerOfA);
        Page stranger = ask(new PortalClient(), unknown);
        assertEquals(known.status(), stranger.status());
        assertEquals(known.document().select("main").text().replace(scenario.observerOfA, "ADDRESS"),
                stranger.document().select("main").text().replace(unknown, "ADDRESS"));
        inbox.awaitMessage(scenario.observerOfA, 1);
        inbox.sendQueued();
        assertEquals(0, inbox.textsTo(unknown).size(), "nothing is sent where no account has the address");
    }

    @Test
    void requestsAreLimitedPerAddressAliveOrNot() {
        HttpScenario scenario = HttpScenario.build();
        String unknown = "nobody-" + scenario.tag + "@example.org";
        for (String address : new String[] {scenario.observerOfA, unknown}) {
            for (int request = 0; request < 3; request++) {
                assertNotNull(ask(new PortalClient(), address).document().getElementById("sent"));
            }
            Page refused = ask(new PortalClient(), address);
            assertNull(refused.document().getElementById("sent"));
            assertTrue(refused.body().contains("Several links have been asked for in the last few minutes"),
                    refused.body());
        }
        inbox.awaitMessage(scenario.observerOfA, 3);
        inbox.sendQueued();
        assertEquals(3, inbox.textsTo(scenario.observerOfA).size(), "the fourth request sent nothing");
    }
}
