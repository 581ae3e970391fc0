package org.consortia.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Requests no page of the portal would send get a 4xx answer and change nothing, never a 500. */
@ExtendWith(ArquillianExtension.class)
class MalformedRequestsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void aNewEntryFormPostedToAnExistingEntrysAddressIsRefused() {
        HttpScenario scenario = HttpScenario.withEntriesInA(1);
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        String risks = scenario.inA("risks");
        String href = chair.get(risks).document().select("a[href*='risk?id=']").first().attr("href");
        String existing = PortalClient.BASE.resolve(risks).resolve(href).toString().replace(PortalClient.BASE.toString(), "");
        String title = "Forged " + UUID.randomUUID();
        Page form = chair.get(scenario.inA("risk"));
        Page forged = chair.submitTo(existing, form, "form", Map.of("form:title", title), "form:save");
        assertEquals(400, forged.status());
        assertFalse(chair.get(risks).body().contains(title));
    }

    @Test
    void aPageStateThatIsStatelessOrFromAnotherPageIsRefused() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        String risks = scenario.inA("risks");
        Page form = chair.get(scenario.inA("risk"));
        Page stateless = chair.submit(form, "form", Map.of("form:title", "Stateless", "jakarta.faces.ViewState",
                "stateless"), "form:save");
        assertEquals(400, stateless.status());

        Page members = chair.get(scenario.inA("members"));
        String otherPagesState = members.document().select("input[name=jakarta.faces.ViewState]").first().val();
        Page borrowed = chair.submit(form, "form", Map.of("form:title", "Borrowed", "jakarta.faces.ViewState",
                otherPagesState), "form:save");
        assertEquals(400, borrowed.status());
        assertFalse(chair.get(risks).body().contains("Borrowed"));
    }

    @Test
    void aRevisionBelowOneIsNotFound() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        assertEquals(404, chair.get(scenario.inA("mou-as-of?revision=0")).status());
        assertEquals(404, chair.get(scenario.inA("mou-as-of?revision=-5")).status());
    }

    @Test
    void aPostWithMoreParametersThanTheServerReadsIsABadRequest() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Map<String, String> flood = new LinkedHashMap<>();
        for (int i = 0; i < 1200; i++) {
            flood.put("p" + i, "x");
        }
        Page answer = chair.post(scenario.inA("members"), flood);
        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("Nothing has been saved"), answer.body());
    }

    @Test
    void sendingTheSameAddActionFormTwiceAddsOneAction() {
        HttpScenario scenario = HttpScenario.withEntriesInA(1);
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        String risks = scenario.inA("risks");
        String href = chair.get(risks).document().select("a[href*='risk?id=']").first().attr("href");
        String entry = PortalClient.BASE.resolve(risks).resolve(href).toString().replace(PortalClient.BASE.toString(), "");
        Page page = chair.get(entry);
        String description = "Check the replay " + UUID.randomUUID();
        Map<String, String> action = Map.of("action:description", description, "action:deadline", "2027-06-30");
        Page first = chair.submit(page, "action", action, "action:add");
        assertEquals(200, first.status());
        Page replay = chair.submit(page, "action", action, "action:add");
        assertTrue(replay.body().contains("That action has already been added."), replay.body());
        long listed = chair.get(entry).document().select("td").stream()
                .filter(cell -> cell.text().equals(description)).count();
        assertEquals(1, listed);
    }
}
