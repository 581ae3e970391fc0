package org.consortia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consortia.it.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portal over HTTP: headers, cookies, login, lock-out, sign-out and disabled accounts. */
@ExtendWith(ArquillianExtension.class)
class PortalSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
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
        Page login = client.get("/login");
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
        assertEquals("Too many failed attempts. Sign-in for this e-mail address is locked for 15 minutes.",
                message(known));
        assertEquals(message(known), message(ghost));
        Page rightPasswordWhileLocked = new PortalClient().login(email, "first password 123");
        assertEquals(message(known), message(rightPasswordWhileLocked));
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

        PortalClient admin = new PortalClient().signedInAs("admin@consortia.test", PortalClient.DEMO_PASSWORD);
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
        Page adminHome = new PortalClient().signedInAs("admin@consortia.test", PortalClient.DEMO_PASSWORD).get("/");
        assertEquals(List.of("Home", "Partnership database", "Accounts", "Organisations", "Public register"),
                adminHome.document().select("nav[aria-label=Main] a").eachText());
        PortalClient chair = new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        assertEquals(List.of("Home", "Public register"),
                chair.get("/").document().select("nav[aria-label=Main] a").eachText());
        assertEquals(403, chair.get("/admin/accounts").status());
        assertEquals(403, chair.get("/partnerships/list").status());
        assertEquals(404, chair.get("/partnerships/view?id=not-a-number").status());
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

    /** Creates an account through the administration form and returns its e-mail address. */
    static String createAccountAsAdministrator(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org";
        PortalClient admin = new PortalClient().signedInAs("admin@consortia.test", PortalClient.DEMO_PASSWORD);
        Page form = admin.get("/admin/account");
        String organisation = form.document().select("#form\\:organisation option").stream()
                .filter(option -> option.text().equals("Redditch Voluntary Action"))
                .findFirst().orElseThrow().attr("value");
        Page saved = admin.submit(form, "form", Map.of("form:name", name, "form:email", email,
                "form:organisation", organisation, "form:password", "first password 123"), "form:save");
        if (saved.status() != 302) {
            throw new IllegalStateException("Could not create the account: " + saved.document().select(".error-message").text());
        }
        return email;
    }
}
