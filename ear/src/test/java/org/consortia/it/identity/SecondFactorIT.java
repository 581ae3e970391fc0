package org.consortia.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consortia.identity.Totp;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.Inbox;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A second factor from outside: set up from the account page with a code from the app and the
 * password; then signing in asks for a code after the password, each code works once and only
 * around its own half-minute, recovery codes work once, and wrong codes count towards the lock-out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecondFactorIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    private record SetUp(String secret, List<String> recoveryCodes) {
    }

    private static SetUp setUp(PortalClient client) {
        Page page = client.get("/account/second-factor");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Your second factor is off"), page.body());
        Page offered = client.submit(page, "setup", Map.of(), "setup:start");
        Element secretShown = offered.document().getElementById("secret");
        assertNotNull(secretShown, offered.body());
        assertTrue(offered.document().getElementById("qr").attr("src").startsWith("data:image/svg+xml;base64,"));
        String secret = secretShown.text().replace(" ", "");

        Page wrong = client.submit(offered, "setup", Map.of("setup:appCode", "000000", "setup:password",
                HttpScenario.PASSWORD), "setup:turnOn");
        assertTrue(wrong.body().contains("That code is not right."), wrong.body());
        Page on = client.submit(wrong, "setup", Map.of("setup:appCode", Totp.AUTHENTICATOR_APPS.code(secret,
                Instant.now()), "setup:password", HttpScenario.PASSWORD), "setup:turnOn");
        assertTrue(on.body().contains("Your second factor is on"), on.body());
        List<String> codes = on.document().select("#newCodes li code").eachText();
        assertEquals(10, codes.size(), on.body());
        return new SetUp(secret, codes);
    }

    /**
     * A code the app shows within the next half-minute: the code that turned the app on, of this
     * half-minute, has been used.
     */
    private static String nextCode(SetUp app) {
        return Totp.AUTHENTICATOR_APPS.code(app.secret(), Instant.now().plusSeconds(30));
    }

    /** Gives the password; the page that asks for the code comes next. */
    private static Page password(PortalClient client, String email) {
        Page afterPassword = client.login(email, HttpScenario.PASSWORD);
        assertEquals(302, afterPassword.status());
        assertTrue(afterPassword.location().endsWith("/sign-in-code"), afterPassword.location());
        return client.get("/sign-in-code");
    }

    private static Page code(PortalClient client, Page form, String code) {
        return client.submit(form, "code", Map.of("code:code", code), "code:confirm");
    }

    @Test
    void signingInAsksForACodeThatWorksOnceAndOnlyNearItsOwnTime() {
        HttpScenario scenario = HttpScenario.build();
        SetUp app = setUp(scenario.signedIn(scenario.memberOfA));

        PortalClient client = new PortalClient();
        Page form = password(client, scenario.memberOfA);
        assertEquals(302, client.get("/").status(), "the password alone signs nobody in");
        Page wrong = code(client, form, "123456");
        assertTrue(wrong.body().contains("That code is not right."), wrong.body());
        String earlier = Totp.AUTHENTICATOR_APPS.code(app.secret(), Instant.now().minus(Duration.ofMinutes(3)));
        String later = Totp.AUTHENTICATOR_APPS.code(app.secret(), Instant.now().plus(Duration.ofMinutes(3)));
        assertTrue(code(client, wrong, earlier).body().contains("That code is not right."),
                "a code from three minutes ago has run out");
        assertTrue(code(client, client.get("/sign-in-code"), later).body().contains("That code is not right."),
                "a code from a clock three minutes ahead is not yet valid");
        String now = nextCode(app);
        Page in = code(client, client.get("/sign-in-code"), now);
        assertEquals(302, in.status(), in.body());
        assertEquals(200, client.get("/").status());

        PortalClient replay = new PortalClient();
        Page replayed = code(replay, password(replay, scenario.memberOfA), now);
        assertTrue(replayed.body().contains("That code is not right."), "a code that signed in once does not again");
    }

    @Test
    void aRecoveryCodeWorksOnceAndTheCodePageNeedsThePasswordFirst() {
        HttpScenario scenario = HttpScenario.build();
        SetUp app = setUp(scenario.signedIn(scenario.observerOfA));
        assertEquals(302, new PortalClient().get("/sign-in-code").status(), "no code without the password before it");

        PortalClient first = new PortalClient();
        assertEquals(302, code(first, password(first, scenario.observerOfA), app.recoveryCodes().get(0).toUpperCase())
                .status(), "a recovery code, whatever its case");
        PortalClient second = new PortalClient();
        Page again = code(second, password(second, scenario.observerOfA), app.recoveryCodes().get(0));
        assertTrue(again.body().contains("That code is not right."), "a recovery code works once");
        assertEquals(302, code(second, again, app.recoveryCodes().get(1)).status());
        Page state = second.get("/account/second-factor");
        assertTrue(state.body().contains("You have 8 unused recovery codes"), state.body());
    }

    @Test
    void wrongCodesCountTowardsTheLockOut() {
        HttpScenario scenario = HttpScenario.build();
        setUp(scenario.signedIn(scenario.chairOfA));
        PortalClient attacker = new PortalClient();
        Page form = password(attacker, scenario.chairOfA);
        Page last = form;
        for (int guess = 0; guess < 4; guess++) {
            last = code(attacker, last, "00000" + guess);
        }
        assertTrue(last.body().contains("Too many failed attempts"), last.body());
        Page locked = new PortalClient().login(scenario.chairOfA, HttpScenario.PASSWORD);
        assertEquals(200, locked.status(), "the address is locked even for the right password");
        assertTrue(locked.body().contains("Too many failed attempts"), locked.body());
    }

    @Test
    void aChairRequiresASecondFactorAndMembersWithoutOneAreSentToSetItUp() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Page members = chair.get(scenario.inA("members"));
        Page ownFirst = chair.submit(members, "secondFactor", Map.of("secondFactor:secondFactorRequired", "true"),
                "secondFactor:saveSecondFactor");
        assertTrue(ownFirst.body().contains("Set up your own second factor first"), ownFirst.body());
        setUp(chair);
        Page required = chair.submit(chair.get(scenario.inA("members")), "secondFactor",
                Map.of("secondFactor:secondFactorRequired", "true"), "secondFactor:saveSecondFactor");
        assertTrue(required.body().contains("Members now need a second factor to enter this workspace."),
                required.body());
        assertTrue(chair.get(scenario.inA("members")).document().getElementById("secondFactorRule").text()
                .contains("must sign in with a second factor"));

        PortalClient member = scenario.signedIn(scenario.memberOfA);
        Page sent = member.get(scenario.inA(""));
        assertEquals(302, sent.status());
        assertTrue(sent.location().endsWith("/account/second-factor?for=workspace"), sent.location());
        assertNotNull(member.get("/account/second-factor?for=workspace").document().getElementById(
                "requiredByWorkspace"));
        assertEquals(200, member.get("/").status(), "the rest of the portal stays open");
        assertEquals(403, member.get("/api/w/" + scenario.slugA + "/members").status(), "the workspace's data are refused too");
        setUp(member);
        assertEquals(200, member.get(scenario.inA("")).status(), "with a second factor, the workspace opens");
        assertEquals(200, scenario.signedIn(scenario.chairOfB).get("/w/" + scenario.slugB).status(),
                "another workspace asks nothing of its members");
    }

    @Test
    void administratorsAreSentToSetUpASecondFactorAndCannotTurnItOff() {
        HttpScenario scenario = HttpScenario.build();
        Inbox.ask("action=drop-second-factor&to=" + scenario.admin);
        PortalClient admin = new PortalClient();
        assertEquals(302, admin.login(scenario.admin, HttpScenario.PASSWORD).status());
        for (String page : new String[] {"/", "/admin/accounts", scenario.inA("")}) {
            Page sent = admin.get(page);
            assertEquals(302, sent.status(), page);
            assertTrue(sent.location().endsWith("/account/second-factor"), sent.location());
        }
        assertNotNull(admin.get("/account/second-factor").document().getElementById("required"));
        setUp(admin);
        assertEquals(200, admin.get("/admin/accounts").status());
        Page settings = admin.get("/account/second-factor");
        assertTrue(settings.document().select("form#off").isEmpty(), "no way to turn it off");
    }

    @Test
    void changingThePasswordAsksForTheCodeToo() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient member = scenario.signedIn(scenario.memberOfA);
        SetUp app = setUp(member);
        Page form = member.get("/account/password");
        Page noCode = member.submit(form, "form", Map.of("form:currentPassword", HttpScenario.PASSWORD,
                "form:newPassword", "another long password", "form:confirmation", "another long password"), "form:change");
        assertTrue(noCode.body().contains("Enter the code your authenticator app shows now."), noCode.body());
        Page changed = member.submit(member.get("/account/password"), "form", Map.of("form:currentPassword",
                HttpScenario.PASSWORD, "form:code", nextCode(app),
                "form:newPassword", "another long password", "form:confirmation", "another long password"),
                "form:change");
        assertEquals(302, changed.status(), changed.body());
        assertFalse(new PortalClient().login(scenario.memberOfA, HttpScenario.PASSWORD).status() == 302);
    }
}
