package org.consortia.it.mou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.consortia.it.support.PortalClient.Page;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.PortalClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Members page says who signs for each organisation, and lets the chair name them. */
@ExtendWith(ArquillianExtension.class)
class SignatoriesPageIT {

    private static final String MEMBERS = "/w/community-safety/members";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private static String rowOf(Page page, String organisation) {
        return page.document().select("#organisations tbody tr").stream().map(Element::text)
                .filter(text -> text.startsWith(organisation)).findFirst().orElseThrow();
    }

    private static Page openNaming(PortalClient chair, String organisation) {
        Page members = chair.get(MEMBERS);
        String button = members.document().select("input[value='Name who signs for " + organisation + "']").attr("name");
        Page form = chair.submit(members, "memberships", Map.of(), button);
        assertEquals(200, form.status(), form.body());
        return form;
    }

    private static String optionFor(Page page, String select, String person) {
        return page.document().select("#signatories\\:" + select + " option").stream()
                .filter(option -> option.text().startsWith(person)).findFirst().orElseThrow().attr("value");
    }

    private static void name(PortalClient chair, String organisation, String signatory, String deputy) {
        Page form = openNaming(chair, organisation);
        Page saved = chair.submit(form, "signatories", Map.of("signatories:signatory", optionFor(form, "signatory",
                signatory), "signatories:deputy", deputy == null ? "" : optionFor(form, "deputy", deputy)),
                "signatories:save");
        assertTrue(saved.status() == 200 || saved.status() == 302, saved.body());
    }

    @Test
    void theChairNamesWhoSignsForAnOrganisationAndSeesItInTheList() {
        PortalClient chair = new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        String council = "Redditch Borough Council";
        assertTrue(rowOf(chair.get(MEMBERS), council).contains("Olu Officer; deputy: Cllr Ellis Member"),
                rowOf(chair.get(MEMBERS), council));
        Page form = openNaming(chair, council);
        assertEquals(java.util.List.of("Choose the signatory", "Cllr Ellis Member (Elected Member)",
                        "Olu Officer (Officer representative)"),
                form.document().select("#signatories\\:signatory option").eachText(),
                "only the council's representatives in office are offered");

        Page refused = chair.submit(form, "signatories", Map.of("signatories:signatory", optionFor(form, "signatory",
                "Olu Officer"), "signatories:deputy", optionFor(form, "deputy", "Olu Officer")), "signatories:save");
        assertEquals(200, refused.status());
        assertEquals("Choose a deputy other than the signatory, or no deputy.",
                refused.document().select("#signatories .field .error-message").text());
        assertEquals(optionFor(form, "deputy", "Olu Officer"), refused.document()
                .select("#signatories\\:deputy option[selected]").attr("value"), "the choice made is kept");

        name(chair, council, "Cllr Ellis Member", null);
        assertTrue(rowOf(chair.get(MEMBERS), council).contains("Cllr Ellis Member"), rowOf(chair.get(MEMBERS), council));
        assertTrue(!rowOf(chair.get(MEMBERS), council).contains("Olu Officer"));
        name(chair, council, "Olu Officer", "Cllr Ellis Member");
        assertTrue(rowOf(chair.get(MEMBERS), council).contains("Olu Officer; deputy: Cllr Ellis Member"));
    }

    @Test
    void appointingWithNothingChosenSaysWhatToChooseInsteadOfNotFound() {
        PortalClient chair = new PortalClient().signedInAs("chair@consortia.test", PortalClient.DEMO_PASSWORD);
        Page members = chair.get(MEMBERS);
        Page refused = chair.submit(members, "appoint", Map.of(), "appoint:appointButton");
        assertEquals(200, refused.status());
        assertEquals("Choose the member organisation the person will represent.",
                refused.document().select("#appoint .field .error-message").first().text());
    }
}
