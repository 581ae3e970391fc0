package org.consortia.it.mou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consortia.it.support.Browser;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A partnership agrees its Memorandum: the chair puts it for agreement, each member organisation's
 * named signatory signs it, whatever their role, and an edit made meanwhile voids a signature only once
 * its editor has confirmed it.
 */
@ExtendWith(ArquillianExtension.class)
class MouAgreementBrowserIT {

    private static final By EDIT_MEETINGS = By.xpath("//input[@value='Edit “Meetings”']");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    private static void sign(String email, String mou) {
        try (Browser signatory = new Browser()) {
            signatory.signIn(email, HttpScenario.PASSWORD);
            signatory.open(mou);
            signatory.type(By.id("signing:password"), HttpScenario.PASSWORD);
            signatory.submit(By.id("signing:sign"));
            signatory.waitForText(By.id("status"), "You have signed this version");
            assertTrue(signatory.driver().findElements(By.id("signing:password")).isEmpty(), "the signing form is gone");
            assertTrue(signatory.text(By.id("our-signature")).contains("signed version"), signatory.page());
            assertEquals(List.of(), signatory.consoleErrors());
        }
    }

    @Test
    void everyMemberOrganisationSignsThroughItsSignatoryAndAnEditVoidsASignatureOnlyWhenConfirmed() {
        HttpScenario scenario = HttpScenario.build(HttpScenario.Extra.COUNCIL_SIGNATORY_IN_A,
                HttpScenario.Extra.WRITTEN_MEMORANDUM_IN_A);
        String mou = scenario.inA("mou");
        String partner = "Partner " + scenario.tag;
        String council = "Council " + scenario.tag;
        try (Browser chair = new Browser()) {
            chair.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            chair.open(mou);
            chair.submit(By.id("agreement:putForAgreement"));
            chair.waitForText(By.id("status"), "put to the members for agreement");
            String awaiting = chair.text(By.id("awaiting"));
            assertTrue(awaiting.contains(partner + ": signatory: Person " + scenario.memberOfA)
                    && awaiting.contains(council + ": signatory: Person " + scenario.headOfService), awaiting);
            assertTrue(chair.driver().findElements(By.id("signing:sign")).isEmpty(),
                    "the chair signs for no organisation here");
        }

        sign(scenario.memberOfA, mou);

        try (Browser chair = new Browser()) {
            chair.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            chair.open(mou);
            chair.submit(EDIT_MEETINGS);
            assertTrue(chair.text(By.id("voiding-warning")).contains(partner + " has signed version"),
                    chair.text(By.id("voiding-warning")));
            chair.replaceEditorText("We meet every two months.");
            chair.submit(By.id("editor:save"));
            chair.waitForText(By.id("editor"), "Confirm that saving may void the signatures of " + partner);
            assertTrue(chair.text(By.cssSelector("#editor\\:content .ql-editor")).contains("We meet every two months."),
                    "the text typed is kept");
            assertTrue(chair.text(By.id("signatures")).contains("Valid"), "nothing was voided");

            chair.click(By.id("editor:voidSignatures"));
            chair.submit(By.id("editor:save"));
            chair.waitForText(By.id("status"), "has been saved");
            assertTrue(chair.text(By.id("signatures")).contains("Void: the text changed after signing"));
        }

        sign(scenario.memberOfA, mou);
        sign(scenario.headOfService, mou);

        try (Browser chair = new Browser()) {
            chair.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            chair.open(mou);
            assertEquals("Agreed", chair.text(By.id("mou-state")));
            String fingerprint = chair.driver().findElement(By.cssSelector("#signatures code")).getAttribute("title");
            chair.submit(By.id("verify"));
            chair.type(By.id("hash"), fingerprint.toUpperCase());
            chair.submit(By.id("checkButton"));
            assertTrue(chair.text(By.id("result-heading")).endsWith("of the Memorandum of Partnership A " + scenario.tag),
                    chair.text(By.id("result")));
            assertEquals("This is the agreed Memorandum as it stands now.", chair.text(By.id("standing")));
            chair.open(scenario.inA("mou-verify?hash=" + "0".repeat(64)));
            assertTrue(chair.text(By.id("result")).startsWith("No version of this partnership's Memorandum"));
            assertEquals(List.of(), chair.consoleErrors());
        }
    }
}
