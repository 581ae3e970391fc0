package org.consortia.it.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal while its database is out of reach and once it is back, tried over HTTP with the
 * database taken away from its own side (see {@link DatabaseOutageSwitch}).
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

    @Deployment(name = "portal", order = 1, testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalWithScenarios();
    }

    @Deployment(name = "outage", order = 2, testable = false)
    static WebArchive outageSwitch() {
        return ShrinkWrap.create(WebArchive.class, "outage.war")
                .addClass(DatabaseOutageSwitch.class)
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: com.h2database.h2, org.postgresql\n"));
    }

    @AfterEach
    void endAnyOutage() {
        outage("end");
    }

    @Test
    void pagesAnswerTemporarilyUnavailableDuringAnOutageAndServeAgainAfterItWithNobodySignedOut() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        String risks = scenario.inA("risks");
        assertEquals(200, chair.get(risks).status());

        outage("begin");
        for (String path : new String[] {risks, "/", "/register"}) {
            Page unavailable = (path.equals("/register") ? new PortalClient() : chair).get(path);
            assertEquals(503, unavailable.status(), path);
            assertEquals("5", unavailable.header("Retry-After").orElse(null), path);
            assertTrue(unavailable.body().contains("Sorry, the service is temporarily unavailable"), path);
            assertTrue(unavailable.document().select("pre, .stack-trace").isEmpty(), path);
        }

        outage("end");
        Page back = chair.get(risks);
        assertEquals(200, back.status(), "the first request after the outage is served, still signed in");
        assertTrue(back.body().contains("Risk register"));
    }

    @Test
    void aWorkspaceFormPostedDuringAnOutageComesBackWithTheInputAndSavesOnceTheDatabaseIsBack() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        String risks = scenario.inA("risks");
        String title = "Typed during an outage " + UUID.randomUUID();
        Page form = chair.get(scenario.inA("risk"));

        outage("begin");
        Page kept = chair.submit(form, "form", Map.of("form:title", title, "form:category", "Financial",
                "form:cause", "Kept as typed, with “quotes” & ampersands"), "form:save");
        assertEquals(503, kept.status());
        assertEquals("5", kept.header("Retry-After").orElse(null));
        assertEquals(title, kept.document().selectFirst("input[name=form:title]").val());
        assertEquals("Kept as typed, with “quotes” & ampersands",
                kept.document().selectFirst("textarea[name=form:cause]").text());
        assertTrue(kept.document().select("[role=alert]").text().contains("Nothing was saved"));

        outage("end");
        assertTrue(!chair.get(risks).body().contains(title), "nothing was saved during the outage");
        Page saved = chair.submit(kept, "form", Map.of(), "form:save");
        assertEquals(302, saved.status(), saved.document().select(".error-message").text());
        assertTrue(chair.get(risks).body().contains(title));
    }

    @Test
    void aFormWhoseSaveFailsInTheOutageComesBackWithTheInput() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient admin = scenario.signedIn(scenario.admin);
        String name = "Organisation typed during an outage " + UUID.randomUUID();
        Page form = admin.get("/admin/organisation");

        outage("begin");
        Page kept = admin.submit(form, "form", Map.of("form:name", name, "form:sector", "VOLUNTARY_AND_COMMUNITY",
                "form:type", "Charity"), "form:save");
        assertEquals(503, kept.status());
        assertEquals(name, kept.document().selectFirst("input[name=form:name]").val());
        assertEquals("Charity", kept.document().selectFirst("input[name=form:type]").val());
        assertEquals("VOLUNTARY_AND_COMMUNITY",
                kept.document().selectFirst("select[name=form:sector] option[selected]").val());
        assertTrue(kept.document().select("[role=alert]").text().contains("Nothing was saved"));

        outage("end");
        Page saved = admin.submit(kept, "form", Map.of(), "form:save");
        assertEquals(302, saved.status(), saved.document().select("[role=alert], .error-message").text());
        assertTrue(admin.get("/admin/account").document().select("#form\\:organisation option").stream()
                .anyMatch(option -> option.text().equals(name)), "the organisation can now be chosen for an account");
    }

    @Test
    void signingInDuringAnOutageIsRefusedForNowAndKeepsTheAddress() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient visitor = new PortalClient();
        Page form = visitor.get("/login");

        outage("begin");
        Page refused = visitor.submit(form, "login", Map.of("login:email", scenario.chairOfA,
                "login:password", HttpScenario.PASSWORD), "login:signIn");
        assertEquals(503, refused.status());
        assertEquals(scenario.chairOfA, refused.document().selectFirst("input[name=login:email]").val());
        assertTrue(refused.document().select("[role=alert]").text().contains("Nothing was saved"));

        outage("end");
        assertEquals(302, visitor.submit(refused, "login", Map.of("login:password", HttpScenario.PASSWORD),
                "login:signIn").status());
    }

    @Test
    void signingOutWorksDuringAnOutage() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        String risks = scenario.inA("risks");
        Page form = chair.get(scenario.inA("risk"));

        outage("begin");
        Page kept = chair.submit(form, "form", Map.of("form:title", "Not saved"), "form:save");
        assertEquals(503, kept.status());
        Page signedOut = chair.submit(kept, "signOut", Map.of(), "signOut:signOutButton");
        assertEquals(302, signedOut.status());
        assertTrue(signedOut.location().contains("/login"), signedOut.location());

        outage("end");
        Page afterwards = chair.get(risks);
        assertTrue(afterwards.status() == 302 && afterwards.location().contains("/login"),
                "the session ended: " + afterwards.status());
    }

    @Test
    void connectionsCutFromTheDatabasesSideAreReplacedBeforeAnyRequestNotices() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        String risks = scenario.inA("risks");
        assertEquals(200, chair.get(risks).status());

        outage("cut");
        assertEquals(200, chair.get(risks).status(), "the next page view");
        String title = "Saved after the connections were cut " + UUID.randomUUID();
        outage("cut");
        Page saved = chair.submit(chair.get(scenario.inA("risk")), "form",
                Map.of("form:title", title, "form:category", "Financial"), "form:save");
        assertEquals(302, saved.status(), "the next save");
        assertTrue(chair.get(risks).body().contains(title));
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsOutOfReachAndLivenessStaysUp() {
        assertEquals(200, health("ready").statusCode());
        assertTrue(health("ready").body().contains("\"name\":\"database\""), health("ready").body());

        outage("begin");
        HttpResponse<String> ready = health("ready");
        assertEquals(503, ready.statusCode());
        assertTrue(ready.body().contains("\"reachable\":false"), ready.body());
        assertEquals(200, health("live").statusCode());

        outage("end");
        assertEquals(200, health("ready").statusCode());
    }

    private static HttpResponse<String> health(String check) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:9990/health/" + check)).GET().build());
    }

    private static void outage(String step) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(PortalClient.BASE + "/outage/" + step))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, answer.statusCode(), "outage " + step);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
