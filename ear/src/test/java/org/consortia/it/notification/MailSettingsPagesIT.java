package org.consortia.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each person chooses, on their own settings page, how often they get e-mails; the choice is theirs alone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailSettingsPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    private static String checked(Document page) {
        return page.select("input[name=settings:frequency][checked]").attr("value");
    }

    @Test
    void aPersonChoosesADailyDigestAndSeesTheirChoiceKept() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient member = scenario.signedIn(scenario.memberOfA);
        Page form = member.get("/account/email");
        assertEquals(200, form.status());
        assertEquals("AT_ONCE", checked(form.document()), "each e-mail at once until a person chooses");
        assertTrue(form.body().contains("always come at once"), "the page says urgent e-mails are not held");

        Page saved = member.submit(form, "settings", Map.of("settings:frequency", "DAILY"), "settings:save");
        assertEquals(200, saved.status());
        assertTrue(saved.body().contains("Saved: one digest a day, each morning."), saved.body());
        assertEquals("DAILY", checked(member.get("/account/email").document()));
        Page weekly = member.submit(member.get("/account/email"), "settings", Map.of("settings:frequency", "WEEKLY"),
                "settings:save");
        assertTrue(weekly.body().contains("Saved: one digest a week, on Monday mornings."), weekly.body());
        member.submit(member.get("/account/email"), "settings", Map.of("settings:frequency", "DAILY"), "settings:save");
        assertEquals("AT_ONCE", checked(scenario.signedIn(scenario.chairOfA).get("/account/email").document()),
                "another person's choice is their own");

        Page refused = member.submit(member.get("/account/email"), "settings", Map.of("settings:frequency", "NEVER"),
                "settings:save");
        assertNotNull(refused.document().selectFirst(".error-message"), refused.body());
        assertEquals("DAILY", checked(member.get("/account/email").document()), "a value not offered changes nothing");
    }

    @Test
    void signedOutNobodyReachesThePage() {
        Page page = new PortalClient().get("/account/email");
        assertEquals(302, page.status());
        assertTrue(page.location().endsWith("/login"), page.location());
    }
}
