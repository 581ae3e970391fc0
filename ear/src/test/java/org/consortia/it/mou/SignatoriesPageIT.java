package org.consortia.it.mou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Members page says who signs for each organisation, and lets the chair name them. */
@ExtendWith(ArquillianExtension.class)
class SignatoriesPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    private static String rowOf(Page page, String organisation) {
        return page.document().select("#organisations tbody tr").stream().map(Element::text)
                .filter(text -> text.startsWith(organisation)).findFirst().orElseThrow();
    }

    private static Page openNaming(PortalClient chair, String membersPage, String organisation) {
        Page members = chair.get(membersPage);
        String button = members.document().select("input[value='Name who signs for " + organisation + "']").attr("name");
        Page form = chair.submit(members, "memberships", Map.of(), button);
        assertEquals(200, form.status(), form.body());
        return form;
    }

    private static String optionFor(Page page, String select, String person) {
        return page.document().select("#signatories\\:" + select + " option").stream()
                .filter(option -> option.text().startsWith(person)).findFirst().orElseThrow().attr("value");
    }

    private static void name(PortalClient chair, String membersPage, String organisation, String signatory,
            String deputy) {
        Page form = openNaming(chair, membersPage, organisation);
        Page saved = chair.submit(form, "signatories", Map.of("signatories:signatory", optionFor(form, "signatory",
                signatory), "signatories:deputy", deputy == null ? "" : optionFor(form, "deputy", deputy)),
                "signatories:save");
        assertTrue(saved.status() == 200 || saved.status() == 302, saved.body());
        assertEquals("", saved.document().select(".error-message, .error-summary").text(), "the naming is accepted");
    }

    @Test
    void theChairNamesWhoSignsForAnOrganisationAndSeesItInTheList() {
        HttpScenario scenario = HttpScenario.build(HttpScenario.Extra.COUNCIL_REPRESENTATIVES_IN_A);
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        String members = scenario.inA("members");
        String council = "Council " + scenario.tag;
        String officer = "Person " + scenario.headOfService;
        String elected = "Person " + scenario.otherHeadOfService;
        assertFalse(rowOf(chair.get(members), council).contains(officer), rowOf(chair.get(members), council));
        Page form = openNaming(chair, members, council);
        assertEquals(java.util.List.of("Choose the signatory", officer + " (Officer representative)",
                        elected + " (Elected Member)"),
                form.document().select("#signatories\\:signatory option").eachText(),
                "only the council's representatives in office are offered");

        Page refused = chair.submit(form, "signatories", Map.of("signatories:signatory", optionFor(form, "signatory",
                officer), "signatories:deputy", optionFor(form, "deputy", officer)), "signatories:save");
        assertEquals(200, refused.status());
        assertEquals("Choose a deputy other than the signatory, or no deputy.",
                refused.document().select("#signatories .field .error-message").text());
        assertEquals(optionFor(form, "deputy", officer), refused.document()
                .select("#signatories\\:deputy option[selected]").attr("value"), "the choice made is kept");

        name(chair, members, council, elected, null);
        assertTrue(rowOf(chair.get(members), council).contains(elected), rowOf(chair.get(members), council));
        assertFalse(rowOf(chair.get(members), council).contains(officer));
        name(chair, members, council, officer, elected);
        assertTrue(rowOf(chair.get(members), council).contains(officer + "; deputy: " + elected));
    }

    @Test
    void nobodyNamesThemselvesToSignForTheirOrganisation() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        String members = scenario.inA("members");
        String partner = "Partner " + scenario.tag;
        String chairOfA = "Person " + scenario.chairOfA;
        Page form = openNaming(chair, members, partner);
        Page refused = chair.submit(form, "signatories", Map.of("signatories:signatory", optionFor(form, "signatory",
                chairOfA), "signatories:deputy", ""), "signatories:save");
        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("You cannot name yourself to sign for " + partner), refused.body());
        assertTrue(rowOf(chair.get(members), partner).contains("Person " + scenario.memberOfA),
                "the signatory named before stays");
        assertFalse(rowOf(chair.get(members), partner).contains(chairOfA));
    }

    @Test
    void appointingWithNothingChosenSaysWhatToChooseInsteadOfNotFound() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Page members = chair.get(scenario.inA("members"));
        Page refused = chair.submit(members, "appoint", Map.of(), "appoint:appointButton");
        assertEquals(200, refused.status());
        assertEquals("Choose the member organisation the person will represent.",
                refused.document().select("#appoint .field .error-message").first().text());
    }
}
