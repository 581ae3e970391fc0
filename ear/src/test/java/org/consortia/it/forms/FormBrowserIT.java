package org.consortia.it.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.consortia.it.support.Browser;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Partners answer the Appendix C checklist and the Appendix 9 insurance table in the browser. */
@ExtendWith(ArquillianExtension.class)
class FormBrowserIT {

    private static final By FIRST_COMMENTS = By.id("form:sections:0:answers:0:note");
    private static final By FIRST_RESPONSE = By.id("form:sections:0:answers:0:choice");
    private static final By SECOND_RESPONSE = By.id("form:sections:0:answers:1:choice");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void twoPartnersAnsweringTheSameQuestionNeverOverwriteEachOther() {
        HttpScenario scenario = HttpScenario.build();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String membersView = "All partners listed " + tag;
        String chairsView = "Two partners still missing " + tag;
        try (Browser member = new Browser(); Browser chair = new Browser()) {
            member.signIn(scenario.memberOfA, HttpScenario.PASSWORD);
            chair.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            member.open(scenario.inA("risks"));
            member.submit(By.id("form-checklist"));
            chair.open(scenario.inA("form?form=risk-checklist"));
            assertTrue(member.text(By.tagName("main")).contains("Are all those organisations, which are likely to have"
                    + " some influence over the success of a programme or service to the public identified?"));

            new Select(member.driver().findElement(FIRST_RESPONSE)).selectByValue("yes");
            member.type(FIRST_COMMENTS, membersView);
            member.submit(By.id("form:save"));
            member.waitForText(By.id("form:summary"), "Your answers have been saved.");

            chair.type(FIRST_COMMENTS, chairsView);
            new Select(chair.driver().findElement(SECOND_RESPONSE)).selectByValue("partly");
            chair.submit(By.id("form:save"));
            chair.waitForText(By.id("form:summary"), "Nothing was saved.");
            assertTrue(chair.text(By.id("form-question-1")).contains(membersView), "their answer is shown");
            assertEquals(chairsView, chair.driver().findElement(FIRST_COMMENTS).getAttribute("value"),
                    "the chair's own answer is kept");
            assertEquals("partly", new Select(chair.driver().findElement(SECOND_RESPONSE)).getFirstSelectedOption()
                    .getAttribute("value"));

            chair.submit(By.id("form:save"));
            chair.waitForText(By.id("form:summary"), "Your answers have been saved.");
            member.open(scenario.inA("form?form=risk-checklist"));
            assertFalse(member.text(By.tagName("main")).contains("Your answers have been saved."),
                    "a confirmation is shown once, not again on the next visit");
            assertEquals(chairsView, member.driver().findElement(FIRST_COMMENTS).getAttribute("value"));
            assertEquals("partly", new Select(member.driver().findElement(SECOND_RESPONSE)).getFirstSelectedOption()
                    .getAttribute("value"));

            member.submit(By.id("form-history"));
            String history = member.text(By.id("history"));
            assertTrue(history.contains("Question 1: Comments") && history.contains(membersView)
                    && history.contains(chairsView), history);
            assertEquals(List.of(), member.consoleErrors());
            assertEquals(List.of(), chair.consoleErrors());
        }
    }

    @Test
    void theInsuranceTableRefusesABadTelephoneNumberBesideTheFieldAndKeepsTheRest() {
        HttpScenario scenario = HttpScenario.build();
        String insurance = scenario.inA("form?form=insurance");
        String evaluation = "Vehicles are insured by the council " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser chair = new Browser()) {
            chair.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            chair.open(insurance);
            assertTrue(chair.text(By.id("form-question-2")).contains("Use of physical assets – buildings, equipment, vehicles"));
            assertFalse(chair.page().contains("form:sections:0:answers:0:choice"), "the insurance table takes no yes or no");
            assertEquals("rgba(0, 112, 60, 1)", chair.driver().findElement(By.id("form:save")).getCssValue("background-color"),
                    "the main button keeps the portal's green over the component library's theme");
            chair.type(By.id("form:sections:0:answers:1:text"), evaluation);
            chair.type(By.id("form:signOff_completedBy"), "Chris Chair");
            chair.type(By.id("form:signOff_telephone"), "<b>ring me</b>");
            chair.submit(By.id("form:save"));
            chair.waitForText(By.id("sign-off"), "Enter a telephone number of 6 to 30 characters");
            assertEquals(evaluation, chair.driver().findElement(By.id("form:sections:0:answers:1:text")).getAttribute("value"));

            chair.type(By.id("form:signOff_telephone"), "01527 881288");
            chair.submit(By.id("form:save"));
            chair.waitForText(By.id("form:summary"), "Your answers have been saved.");
            chair.type(By.id("form:sections:0:answers:0:text"), "Staff stay with their employers.\nEach employer's cover applies.");
            chair.submit(By.id("form:save"));
            chair.waitForText(By.id("form:summary"), "Your answers have been saved.");
            chair.submit(By.id("form:save"));
            chair.waitForText(By.id("form:summary"), "Nothing has changed since the form was last saved.");
        }
        assertEquals(404, scenario.signedIn(scenario.outsider).get(insurance).status(), "not a member");
        PortalClient observer = scenario.signedIn(scenario.observerOfA);
        PortalClient.Page ownForm = observer.get(insurance);
        assertEquals(200, ownForm.status());
        assertTrue(ownForm.document().select("[id=form:save]").isEmpty(), "an observer reads but cannot save");
        assertFalse(ownForm.document().select("[id=form:signOff_telephone][readonly]").isEmpty());
        PortalClient member = scenario.signedIn(scenario.memberOfA);
        assertTrue(member.get(insurance).body().contains(evaluation));
        HttpResponse<byte[]> pdf = member.download("/api" + scenario.inA("form.pdf?form=insurance"));
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1));
    }
}
