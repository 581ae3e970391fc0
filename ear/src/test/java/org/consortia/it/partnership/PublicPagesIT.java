package org.consortia.it.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What anyone sees without signing in: the register, the accessibility statement, the way in; and
 * that seeing it costs the server nothing it keeps.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theAccessibilityStatementIsPublicAndLinkedFromEveryFooter() {
        Page statement = new PortalClient().get("/accessibility");
        assertEquals(200, statement.status());
        assertEquals(List.of("How accessible this website is", "Feedback and contact information",
                        "Reporting accessibility problems with this website", "Enforcement procedure",
                        "Technical information about this website's accessibility", "Non-accessible content",
                        "What we're doing to improve accessibility", "Preparation of this accessibility statement"),
                statement.document().select("main h2").eachText());
        PortalClient chair = new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        for (Page page : List.of(statement, new PortalClient().get("/register"), new PortalClient().get("/login"),
                chair.get("/"), chair.get("/w/community-safety/mou"))) {
            assertEquals("/accessibility", page.document().select("footer a:containsOwn(Accessibility statement)")
                    .attr("href"), page.response().uri().toString());
        }
    }

    @Test
    void theRegisterOffersASignInLinkAndShowsPurposesInPlainWeight() {
        Page register = new PortalClient().get("/register");
        assertEquals("/login", register.document().select("header a#sign-in").attr("href"));
        assertTrue(register.document().select("#register th[scope=row] .hint").size() >= 3,
                "each partnership's purpose is set apart from its name");
        assertTrue(new PortalClient().get("/login").document().select("header a#sign-in").isEmpty(),
                "no link to the page you are on");
        PortalClient chair = new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        assertTrue(chair.get("/register").document().select("header a#sign-in").isEmpty(), "signed in already");
    }

    @Test
    void aVisitorWhoIsNotSignedInCostsTheServerNoSession() {
        for (String page : List.of("/login", "/register", "/accessibility", "/login?signedOut=true", "/forgot-password",
                "/reset-password?token=made-up", "/invitation?token=made-up")) {
            PortalClient visitor = new PortalClient();
            Page answer = visitor.get(page);
            assertEquals(200, answer.status(), page);
            assertTrue(answer.document().select("input[name=jakarta.faces.ViewState]").eachAttr("value").stream()
                    .allMatch("stateless"::equals), page + " kept page state");
            assertTrue(visitor.sessionId().isEmpty(), page + " started a session");
        }
        PortalClient visitor = new PortalClient();
        assertEquals(List.of("stateless"), visitor.get("/login").document().select("input[name=jakarta.faces.ViewState]")
                .eachAttr("value"), "the sign-in form is drawn without state");
        assertEquals(302, visitor.login("chair@consortia.test", PortalClient.DEMO_PASSWORD).status(),
                "and still signs in");
        assertTrue(visitor.sessionId().isPresent());
    }

    @Test
    void aSignInFormSentByALinkOrWithoutSayingWhereFromIsRefused() {
        PortalClient visitor = new PortalClient();
        Page link = visitor.get("/login?login=login&login:email=chair@consortia.test&login:password="
                + PortalClient.DEMO_PASSWORD + "&login:signIn=Sign+in&jakarta.faces.ViewState=stateless");
        assertEquals(400, link.status(), "page state in a link");
        assertEquals(302, visitor.get("/").status(), "not signed in");

        Page form = visitor.get("/login");
        Page unnamed = visitor.namingNoOrigin().submit(form, "login",
                java.util.Map.of("login:email", "chair@consortia.test", "login:password", PortalClient.DEMO_PASSWORD),
                "login:signIn");
        assertEquals(403, unnamed.status(), "a sign-in that names no source");
        assertEquals(302, visitor.get("/").status(), "not signed in");
    }

    @Test
    void signingOutFromAnErrorPageEndsTheSessionAndALinkCannotSignAnyoneOut() {
        PortalClient chair = new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        assertEquals(405, chair.get("/sign-out").status(), "only a form signs out");
        assertEquals(200, chair.get("/").status(), "still signed in");
        Page notFound = chair.get("/w/no-such-workspace");
        assertEquals(404, notFound.status());
        Page signedOut = chair.submit(notFound, "signOut", java.util.Map.of(), "signOut:signOutButton");
        assertEquals(302, signedOut.status(), signedOut.body());
        assertTrue(signedOut.location().endsWith("/login?signedOut=true"), signedOut.location());
        assertEquals(302, chair.get("/").status(), "signed out");
    }

    @Test
    void signingOutFromAPublicPageEndsTheSession() {
        PortalClient chair = new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        Page register = chair.get("/register");
        Page signedOut = chair.submit(register, "signOut", java.util.Map.of(), "signOut:signOutButton");
        assertEquals(302, signedOut.status(), signedOut.body());
        assertTrue(signedOut.location().contains("/login"), signedOut.location());
        assertEquals(302, chair.get("/").status(), "signed out");
    }
}
