package org.consortia.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Inbox;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.consortia.it.support.PortalPages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portal over HTTP: headers, cookies, login, lock-out, sign-out and disabled accounts. */
@ExtendWith(ArquillianExtension.class)
class PortalSecurityIT {

    private static PortalClient administrator;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        PortalClient client = new PortalClient();
        for (String path : List.of("/login", "/register", "/register.csv", "/register.json", "/no-such-page",
                "/jakarta.faces.resource/css/consortia.css.xhtml")) {
            Page page = client.get(path);
            assertEquals("nosniff", page.header("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", page.header("X-Frame-Options").orElse(null), path);
            assertEquals("strict-origin-when-cross-origin", page.header("Referrer-Policy").orElse(null), path);
            String policy = page.header("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("default-src 'self'"), path);
            assertFalse(policy.contains("'unsafe-eval'"), path);
            assertEquals(1, page.response().headers().allValues("Content-Security-Policy").size(), path);
        }
        String facesPolicy = client.get("/login").header("Content-Security-Policy").orElseThrow();
        assertTrue(facesPolicy.contains("script-src 'nonce-"), facesPolicy);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndChangesAtLogin() {
        PortalClient client = new PortalClient();
        // A page that needs signing in starts a session, to come back to after signing in; the sign-in
        // page itself starts none.
        Page login = client.get("/");
        String cookie = login.header("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        String before = client.sessionId().orElseThrow();
        client.signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        String after = client.sessionId().orElseThrow();
        assertNotEquals(before, after);
    }

    @Test
    void anonymousVisitorsGetTheSameAnswerForWorkspacesThatExistAndThatDoNot() {
        PortalClient client = new PortalClient();
        for (String pair : List.of("/w/community-safety|/w/no-such-workspace",
                "/w/community-safety/members|/w/no-such-workspace/members",
                "/api/w/community-safety/members|/api/w/no-such-workspace/members")) {
            String[] paths = pair.split("\\|");
            Page existing = client.get(paths[0]);
            Page missing = client.get(paths[1]);
            assertEquals(302, existing.status(), paths[0]);
            assertEquals(existing.status(), missing.status());
            assertEquals(existing.location(), missing.location());
            assertTrue(existing.location().endsWith("/login"), existing.location());
        }
    }

    @Test
    void overTlsTheSessionCookieIsSecureAndHostPrefixedAndHstsIsSent() {
        PortalClient plain = new PortalClient();
        String plainCookie = plain.get("/").header("Set-Cookie").orElseThrow();
        assertTrue(plainCookie.startsWith("JSESSIONID="), plainCookie);
        assertFalse(plainCookie.toLowerCase().contains("secure"), plainCookie);

        PortalClient secure = new PortalClient().overTls();
        Page login = secure.get("/");
        String cookie = login.header("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("__Host-JSESSIONID="), cookie);
        String attributes = cookie.toLowerCase();
        assertTrue(attributes.contains("; secure") && attributes.contains("httponly") && attributes.contains("samesite=lax")
                && attributes.contains("path=/"), cookie);
        assertFalse(cookie.toLowerCase().contains("domain="), "a __Host- cookie names no domain");
        assertTrue(secure.get("/login").header("Strict-Transport-Security").isPresent());
        secure.signedInAs("member@consortia.test", PortalClient.DEMO_PASSWORD);
        assertEquals(200, secure.get("/").status(), "the secure session carries the sign-in");
        assertTrue(secure.cookie("__Host-JSESSIONID").isPresent());
    }

    @Test
    void wrongCredentialsAreRefusedWithoutSayingWhichPartWasWrong() {
        PortalClient client = new PortalClient();
        Page wrongPassword = client.login("chair@consortia.test", "not the password");
        Page unknown = client.login("nobody-" + UUID.randomUUID() + "@example.org", "not the password");
        assertEquals(200, wrongPassword.status());
        assertEquals(message(wrongPassword), message(unknown));
        assertEquals("The e-mail address or password is not right.", message(wrongPassword));
    }

    @Test
    void lockingLooksTheSameForKnownAndUnknownAddresses() {
        String email = createAccountAsAdministrator("Lock Test");
        String unknown = "ghost-" + UUID.randomUUID() + "@example.org";
        Page known = null;
        Page ghost = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            known = new PortalClient().login(email, "wrong password " + attempt);
            ghost = new PortalClient().login(unknown, "wrong password " + attempt);
        }
        assertEquals("Too many failed attempts. Sign-in for this e-mail address is locked for 15 minutes,"
                + " except from a browser that has signed in to it before.", message(known));
        assertEquals(message(known), message(ghost));
        Page rightPasswordWhileLocked = new PortalClient().login(email, "first password 123");
        assertEquals(message(known), message(rightPasswordWhileLocked));
    }

    @Test
    void thirtySimultaneousFailedLoginsAreShedWhileOtherUsersKeepBeingServed() throws Exception {
        String target = createAccountAsAdministrator("Storm Target");
        PortalClient bystander = new PortalClient().signedInAs("member@consortia.test", PortalClient.DEMO_PASSWORD);
        List<PortalClient> attackers = new ArrayList<>();
        List<Page> forms = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            PortalClient attacker = new PortalClient();
            attackers.add(attacker);
            forms.add(attacker.get("/login"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(31);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean stormOver = new AtomicBoolean();
        try {
            Future<List<Integer>> bystanderStatuses = pool.submit(() -> {
                start.await();
                List<Integer> statuses = new ArrayList<>();
                do {
                    statuses.add(bystander.get("/w/community-safety").status());
                } while (!stormOver.get());
                return statuses;
            });
            List<Future<Page>> storm = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                PortalClient attacker = attackers.get(i);
                Page form = forms.get(i);
                storm.add(pool.submit(() -> {
                    start.await();
                    return attacker.submit(form, "login", Map.of("login:email", target, "login:password", "a guess"),
                            "login:signIn");
                }));
            }
            start.countDown();
            List<Page> answers = new ArrayList<>();
            for (Future<Page> answer : storm) {
                answers.add(answer.get());
            }
            stormOver.set(true);
            List<Integer> served = bystanderStatuses.get();
            assertFalse(served.isEmpty());
            assertTrue(served.stream().allMatch(status -> status == 200), served.toString());
            List<Page> shed = answers.stream().filter(page -> page.status() == 429).toList();
            assertFalse(shed.isEmpty(), "more guesses than free slots are refused at once");
            assertEquals("Too many sign-in attempts at once. Try again in a moment.", message(shed.get(0)));
            assertTrue(answers.stream().allMatch(page -> page.status() == 200 || page.status() == 429));
            long wrong = answers.stream().filter(page -> message(page).startsWith("The e-mail address or password")).count();
            assertTrue(wrong <= 4, "at most four guesses were answered as merely wrong: " + wrong);
        } finally {
            stormOver.set(true);
            pool.shutdownNow();
        }
    }

    @Test
    void aBrowserThatSignedInBeforeStillSignsInWhileItsAddressIsLocked() {
        String email = createAccountAsAdministrator("Known Browser");
        PortalClient ownBrowser = new PortalClient().signedInAs(email, "first password 123");
        assertTrue(ownBrowser.cookie("consortia-device").isPresent());
        Page home = ownBrowser.get("/");
        ownBrowser.submit(home, "signOut", Map.of(), "signOut:signOutButton");
        for (int attempt = 0; attempt < 5; attempt++) {
            new PortalClient().login(email, "someone else's guess");
        }
        assertTrue(message(new PortalClient().login(email, "first password 123")).startsWith("Too many failed attempts."));
        assertEquals(302, ownBrowser.login(email, "first password 123").status());
        assertEquals(200, ownBrowser.get("/").status());
    }

    @Test
    void changingOnesPasswordEndsOtherSessionsButKeepsThisOne() {
        String email = createAccountAsAdministrator("Password Changer");
        PortalClient here = new PortalClient().signedInAs(email, "first password 123");
        PortalClient elsewhere = new PortalClient().signedInAs(email, "first password 123");
        Page form = here.get("/account/password");
        Page changed = here.submit(form, "form", Map.of("form:currentPassword", "first password 123",
                "form:newPassword", "second password 456", "form:confirmation", "second password 456"), "form:change");
        assertEquals(302, changed.status(), changed.body());
        assertEquals(200, here.get("/").status());
        assertEquals(302, elsewhere.get("/").status(), "the other session has ended");
    }

    @Test
    void aSessionStaysWithItsAccountWhenAddressesAreSwapped() {
        String email = createAccountAsAdministrator("Renamed Person");
        PortalClient renamed = new PortalClient().signedInAs(email, "first password 123");
        PortalClient admin = administrator();
        Page edit = admin.get(admin.get("/admin/accounts?search=" + email).document()
                .select("a[href*='/admin/account?id=']").attr("href"));
        assertEquals(302, admin.submit(edit, "form", Map.of("form:email", "moved-" + email), "form:save").status());
        invite(admin, "Newcomer With Old Address", email);
        accept(email);

        Page home = renamed.get("/");
        assertEquals(200, home.status(), home.location());
        String header = home.document().select("header").text();
        assertTrue(header.contains("Renamed Person"), header);
        assertFalse(header.contains("Newcomer With Old Address"), header);
    }

    @Test
    void aPostFromAnotherSiteIsRefusedAndChangesNothing() {
        PortalClient chair = new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        Page members = chair.get("/w/community-safety/members");
        String bromsgrove = members.document().select("#addMember\\:organisation option").stream()
                .filter(option -> option.text().equals("Bromsgrove District Council")).findFirst().orElseThrow()
                .attr("value");
        Map<String, String> addBromsgrove = Map.of("addMember:organisation", bromsgrove, "addMember:joinedOn",
                "2026-01-01");
        Page forged = chair.withHeader("Origin", "https://attacker.example").submit(members, "addMember",
                addBromsgrove, "addMember:add");
        assertEquals(403, forged.status());
        PortalClient refererOnly = new PortalClient().withHeader("Referer", "https://attacker.example/page");
        assertEquals(403, refererOnly.post("/login", Map.of("login:email", "x")).status());
        assertFalse(new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD)
                .get("/w/community-safety/members").document().select("#organisations").text()
                .contains("Bromsgrove District Council"));
        Page sameSite = new PortalClient().withHeader("Origin", PortalClient.BASE.toString())
                .login("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        assertEquals(302, sameSite.status(), "the portal's own pages still post");
    }

    @Test
    void signingInOverAnotherPersonsSessionMakesYouYourself() {
        PortalClient shared = new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        assertTrue(shared.get("/").document().select("header").text().contains("Chris Chair"));
        shared.signedInAs("strategy@consortia.test", PortalClient.DEMO_PASSWORD);
        String header = shared.get("/").document().select("header").text();
        assertTrue(header.contains("Sam Strategy") && !header.contains("Chris Chair"), header);
        assertEquals(200, shared.get("/partnerships/list").status(), "with the rights of the person who signed in");
    }

    @Test
    void formsAreReadAsUtf8() {
        String name = "Małgorzata Żółć – O’Brien";
        String email = createAccountAsAdministrator(name);
        PortalClient admin = administrator();
        assertTrue(admin.get("/admin/accounts?search=" + email).document().text().contains(name));
    }

    @Test
    void signingOutIsAPostAndEndsTheSession() {
        PortalClient client = new PortalClient().signedInAs("member@consortia.test", PortalClient.DEMO_PASSWORD);
        Page home = client.get("/");
        assertEquals(200, home.status());
        assertEquals(404, client.get("/logout").status());
        Page signedOut = client.submit(home, "signOut", Map.of(), "signOut:signOutButton");
        assertEquals(302, signedOut.status());
        assertEquals(302, client.get("/w/community-safety").status());
    }

    @Test
    void disablingAnAccountEndsItsOpenSessions() {
        String email = createAccountAsAdministrator("Soon Disabled");
        PortalClient user = new PortalClient().signedInAs(email, "first password 123");
        assertEquals(200, user.get("/").status());

        PortalClient admin = administrator();
        String accountLink = admin.get("/admin/accounts?search=" + email).document()
                .select("a[href*='/admin/account?id=']").attr("href");
        Page edit = admin.get(accountLink);
        Map<String, String> untick = new HashMap<>();
        untick.put("form:enabled", null);
        Page saved = admin.submit(edit, "form", untick, "form:save");
        assertEquals(302, saved.status(), saved.body());

        assertEquals(302, user.get("/").status(), "the disabled user's session has ended");
        assertEquals(200, new PortalClient().login(email, "first password 123").status());
    }

    @Test
    void aFormPostWithoutItsViewStateChangesNothing() {
        PortalClient chair = new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        Page members = chair.get("/w/community-safety/members");
        String bromsgrove = members.document().select("#addMember\\:organisation option").stream()
                .filter(option -> option.text().equals("Bromsgrove District Council")).findFirst().orElseThrow()
                .attr("value");
        Page forged = chair.post("/w/community-safety/members", Map.of("addMember", "addMember",
                "addMember:organisation", bromsgrove, "addMember:joinedOn", "2026-01-01", "addMember:add", "Add member",
                "jakarta.faces.ViewState", "-1234567890:987654321"));
        assertEquals(400, forged.status());
        assertTrue(forged.body().contains("Your page has expired"), forged.body());
        assertFalse(chair.get("/w/community-safety/members").document().select("#organisations").text()
                .contains("Bromsgrove District Council"));
    }

    @Test
    void onlyAdministratorsSeeTheAdministrationLinksAndPages() {
        Page adminHome = administrator().get("/");
        assertEquals(List.of("Home", "Partnership database", "Accounts", "Organisations", "Server", "Public register"),
                adminHome.document().select("nav[aria-label=Main] a").eachText());
        PortalClient chair = new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        assertEquals(List.of("Home", "Public register"),
                chair.get("/").document().select("nav[aria-label=Main] a").eachText());
        assertEquals(403, chair.get("/admin/accounts").status());
        assertEquals(403, chair.get("/admin/organisation").status());
        assertEquals(403, chair.get("/admin/account").status());
        assertEquals(403, chair.get("/admin/server").status());
        assertEquals(403, chair.get("/partnerships/list").status());
        assertEquals(404, chair.get("/partnerships/view?id=not-a-number").status());
    }

    @Test
    void theServerPageWeighsTheSignedInSessions() {
        PortalClient admin = administrator();
        PortalClient chair = new PortalClient().signedInAs(PortalPages.CHAIR, PortalClient.DEMO_PASSWORD);
        PortalPages.workspacePages().forEach(chair::get);
        Page server = admin.get("/admin/server");
        assertEquals(200, server.status());
        assertTrue(Integer.parseInt(server.document().select("#sessions").text()) >= 2, "both sessions are counted");
        long average = Long.parseLong(server.document().select("#average-session-bytes").text().replace(" bytes", ""));
        assertTrue(average > 0 && average < 1_000_000, "a session weighs something, and not much: " + average);
        assertEquals("None", server.document().select("#unserialisable").text(),
                "nothing a page keeps is lost when sessions are written out");
    }

    @Test
    void unknownAddressesGetAFriendlyPageWithoutATrace() {
        Page page = new PortalClient().get("/this/does/not/exist");
        assertEquals(404, page.status());
        assertTrue(page.body().contains("Page not found"));
        assertFalse(page.body().contains(".java:"), "no stack trace");
        assertFalse(page.body().contains("Caused by"), "no stack trace");
    }

    private static String message(Page page) {
        return page.document().select("#login\\:messages li").text();
    }

    /**
     * Makes an account as an administrator now does, by inviting the person through the administration
     * form and accepting by the link in the e-mail with the password "first password 123"; returns its
     * e-mail address.
     */
    static String createAccountAsAdministrator(String name) {
        String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "-" + UUID.randomUUID() + "@example.org";
        invite(administrator(), name, email);
        accept(email);
        return email;
    }

    /** Accepts the invitation e-mailed to the address, choosing the password "first password 123". */
    private static void accept(String email) {
        try (Inbox inbox = Inbox.start()) {
            String link = Inbox.linkTo(inbox.awaitMessage(email, 1), "/invitation?token=");
            PortalClient invitee = new PortalClient();
            Page accepted = invitee.submit(invitee.get(link), "accept", Map.of("accept:password", "first password 123",
                    "accept:confirmation", "first password 123"), "accept:create");
            if (accepted.status() != 302) {
                throw new IllegalStateException("Could not accept: " + accepted.document().select(".error-message").text());
            }
        }
    }

    /**
     * One administrator's session for the accounts the tests make: each sign-in takes one of the three
     * codes the portal accepts around each half-minute.
     */
    private static synchronized PortalClient administrator() {
        if (administrator == null) {
            administrator = new PortalClient().signedInAs("admin@consortia.test", PortalClient.DEMO_PASSWORD);
        }
        return administrator;
    }

    private static void invite(PortalClient admin, String name, String email) {
        Page form = admin.get("/admin/account");
        String organisation = form.document().select("#form\\:organisation option").stream()
                .filter(option -> option.text().equals("Redditch Voluntary Action"))
                .findFirst().orElseThrow().attr("value");
        Page saved = admin.submit(form, "form", Map.of("form:name", name, "form:email", email,
                "form:organisation", organisation), "form:save");
        if (saved.status() != 302) {
            throw new IllegalStateException("Could not invite: " + saved.document().select(".error-message").text());
        }
    }
}
