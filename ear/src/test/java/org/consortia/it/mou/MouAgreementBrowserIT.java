package org.consortia.it.mou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.consortia.it.support.Browser;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.PortalClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The demo partnership agrees its Memorandum: the chair puts it for agreement, each member
 * organisation's named signatory signs it, whatever their role, and an edit made meanwhile voids a
 * signature only once its editor has confirmed it.
 */
@ExtendWith(ArquillianExtension.class)
class MouAgreementBrowserIT {

    private static final String MOU = "/w/community-safety/mou";
    private static final By EDIT_MEETINGS = By.xpath("//input[@value='Edit “Meetings”']");
    private static final String NHS = "Herefordshire and Worcestershire Health and Care NHS Trust";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private static void sign(String email) {
        try (Browser signatory = new Browser()) {
            signatory.signIn(email, PortalClient.DEMO_PASSWORD);
            signatory.open(MOU);
            signatory.type(By.id("signing:password"), PortalClient.DEMO_PASSWORD);
            signatory.submit(By.id("signing:sign"));
            signatory.waitForText(By.id("status"), "You have signed this version");
            assertTrue(signatory.driver().findElements(By.id("signing:password")).isEmpty(), "the signing form is gone");
            assertTrue(signatory.text(By.id("our-signature")).contains("signed version"), signatory.page());
            assertEquals(List.of(), signatory.consoleErrors());
        }
    }

    @Test
    void everyMemberOrganisationSignsThroughItsSignatoryAndAnEditVoidsASignatureOnlyWhenConfirmed() {
        try (Browser chair = new Browser()) {
            chair.signIn("chair@consortia.test", PortalClient.DEMO_PASSWORD);
            chair.open(MOU);
            chair.submit(By.id("agreement:putForAgreement"));
            chair.waitForText(By.id("status"), "put to the members for agreement");
            String awaiting = chair.text(By.id("awaiting"));
            assertTrue(awaiting.contains("West Mercia Police: signatory: Chris Chair")
                    && awaiting.contains("Redditch Borough Council: signatory: Olu Officer; deputy: "), awaiting);
            assertEquals(1, chair.driver().findElements(By.id("signing:sign")).size(), "the chair signs for the police");
        }

        sign("member@consortia.test");

        try (Browser viceChair = new Browser()) {
            viceChair.signIn("vice.chair@consortia.test", PortalClient.DEMO_PASSWORD);
            viceChair.open(MOU);
            viceChair.submit(EDIT_MEETINGS);
            assertTrue(viceChair.text(By.id("voiding-warning")).contains(NHS + " has signed version"),
                    viceChair.text(By.id("voiding-warning")));
            viceChair.replaceEditorText("We meet every two months.");
            viceChair.submit(By.id("editor:save"));
            viceChair.waitForText(By.id("editor"), "Confirm that saving may void the signatures of " + NHS);
            assertTrue(viceChair.text(By.cssSelector("#editor\\:content .ql-editor")).contains("We meet every two months."),
                    "the text typed is kept");
            assertTrue(viceChair.text(By.id("signatures")).contains("Valid"), "nothing was voided");

            viceChair.click(By.id("editor:voidSignatures"));
            viceChair.submit(By.id("editor:save"));
            viceChair.waitForText(By.id("status"), "has been saved");
            assertTrue(viceChair.text(By.id("signatures")).contains("Void: the text changed after signing"));
        }

        for (String signatory : List.of("member@consortia.test", "officer@consortia.test", "vice.chair@consortia.test",
                "secretariat@consortia.test", "chair@consortia.test")) {
            sign(signatory);
        }

        try (Browser chair = new Browser()) {
            chair.signIn("chair@consortia.test", PortalClient.DEMO_PASSWORD);
            chair.open(MOU);
            assertEquals("Agreed", chair.text(By.id("mou-state")));
            String fingerprint = chair.driver().findElement(By.cssSelector("#signatures code")).getAttribute("title");
            chair.submit(By.id("verify"));
            chair.type(By.id("hash"), fingerprint.toUpperCase());
            chair.submit(By.id("checkButton"));
            assertTrue(chair.text(By.id("result-heading")).endsWith("of the Memorandum of Redditch Community Safety"
                    + " Partnership"), chair.text(By.id("result")));
            assertEquals("This is the agreed Memorandum as it stands now.", chair.text(By.id("standing")));
            chair.open("/w/community-safety/mou-verify?hash=" + "0".repeat(64));
            assertTrue(chair.text(By.id("result")).startsWith("No version of this partnership's Memorandum"));
            chair.open(MOU);
            // Leave the demo Memorandum open for editing without signatures to void, as other tests expect.
            chair.submit(By.id("agreement:startReview"));
            chair.submit(EDIT_MEETINGS);
            chair.click(By.id("editor:voidSignatures"));
            chair.replaceEditorText("We meet every two months, and at once if the chair calls an extraordinary meeting.");
            chair.submit(By.id("editor:save"));
            chair.waitForText(By.id("status"), "has been saved");
            assertEquals(List.of(), chair.consoleErrors());
        }
    }
}
