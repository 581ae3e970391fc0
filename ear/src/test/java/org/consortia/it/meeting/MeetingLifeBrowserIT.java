package org.consortia.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * A meeting's whole life in the browser: a date found by poll, an agenda published with a paper,
 * attendance with a substitute, a declaration with withdrawal, a decision and an action, the minutes
 * drafted in two browsers at once, approved at the next meeting and signed by the chair.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingLifeBrowserIT {

    private static final String ITEM = "Budget 2027/28";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    private static Path paper() throws IOException {
        Path file = Files.createTempFile("budget-", ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("The budget for 2027/28."));
            document.close();
        }
        return file;
    }

    private static By button(String value) {
        return By.xpath("//input[@type='submit' and @value='" + value + "']");
    }

    private static By attendanceChoice(String person, String status) {
        return By.xpath("//fieldset[contains(legend, '" + person + "')]//label[normalize-space()='" + status + "']");
    }

    /** Schedules a meeting on the day given through the meeting form; the meeting's page is open after. */
    private static void schedule(Browser chair, HttpScenario scenario, String title, LocalDate day) {
        chair.open(scenario.inA("meeting"));
        chair.type(By.id("form:title"), title);
        chair.setValue(By.id("form:day"), day.toString());
        chair.setValue(By.id("form:startTime"), "10:00");
        chair.setValue(By.id("form:endTime"), "12:00");
        chair.type(By.id("form:venue"), "Town Hall");
        chair.submit(By.id("form:save"));
    }

    @Test
    void fromAPollToSignedMinutes() throws IOException {
        HttpScenario scenario = HttpScenario.build(HttpScenario.Extra.COUNCIL_SECRETARIAT_IN_A);
        String chairName = "Person " + scenario.chairOfA;
        String memberName = "Person " + scenario.memberOfA;
        try (Browser chair = new Browser(); Browser secretariat = new Browser()) {
            chair.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            secretariat.signIn(scenario.otherHeadOfService, HttpScenario.PASSWORD);

            // A date found by poll.
            String day = LocalDate.now().plusMonths(1).toString();
            chair.open(scenario.inA("polls"));
            chair.type(By.id("propose:title"), "Partnership board");
            chair.setValue(By.id("propose:rows:0:day"), day);
            chair.setValue(By.id("propose:rows:0:start"), "10:00");
            chair.setValue(By.id("propose:rows:0:end"), "12:00");
            chair.setValue(By.id("propose:rows:1:day"), day);
            chair.setValue(By.id("propose:rows:1:start"), "14:00");
            chair.setValue(By.id("propose:rows:1:end"), "16:00");
            chair.submit(By.id("propose:propose"));
            chair.click(By.xpath("//fieldset[1]//label[normalize-space()='Yes']"));
            chair.click(By.xpath("//fieldset[2]//label[normalize-space()='No']"));
            chair.submit(By.id("mine:save"));
            chair.waitForText(By.id("summary"), "Your answers have been saved.");
            assertTrue(chair.text(By.id("tally")).contains("Quorate"), chair.text(By.id("tally")));
            chair.choose(By.id("scheduling:slot"), "(quorate)");
            chair.type(By.id("scheduling:venue"), "Town Hall");
            chair.submit(By.id("scheduling:schedule"));
            chair.waitForText(By.id("when"), "10:00 to 12:00");

            // Time passes: the meeting is now two days ago, as if it had been held.
            chair.setValue(By.id("form:day"), LocalDate.now().minusDays(2).toString());
            chair.submit(By.id("form:save"));

            // The agenda, with a paper, published.
            chair.click(By.id("agenda-link"));
            chair.type(By.id("agendaItem:title"), ITEM);
            chair.submit(By.id("agendaItem:save"));
            chair.driver().findElement(By.id("paper:file")).sendKeys(paper().toString());
            chair.submit(By.id("paper:upload"));
            chair.waitForText(By.id("items"), ".pdf");
            chair.submit(By.id("publishing:publish"));
            chair.waitForText(By.id("state"), "published");

            // At the meeting: attendance with a substitute, a declaration with withdrawal, a decision, an action.
            chair.open(chair.driver().getCurrentUrl().replace("/agenda?", "/meeting-record?"));
            chair.click(attendanceChoice(chairName, "Present"));
            chair.click(attendanceChoice(memberName, "Apologies"));
            chair.type(By.xpath("//fieldset[contains(legend, '" + memberName + "')]//input[@type='text']"), "Sam Deputy");
            chair.click(attendanceChoice("Person " + scenario.otherHeadOfService, "Present"));
            chair.submit(By.id("attendance:save"));
            chair.choose(By.id("declaring:item"), ITEM);
            chair.choose(By.id("declaring:declaredBy"), "Sam Deputy");
            chair.type(By.id("declaring:nature"), "Works for a supplier named in the budget.");
            chair.click(By.id("declaring:withdrew"));
            chair.submit(By.id("declaring:declare"));
            chair.waitForText(By.id("item-records"), "(withdrew for the item)");
            chair.submit(By.xpath("//a[contains(., 'Record the decision')]"));
            chair.type(By.id("deciding:resolution"), "To set the budget at £120,000.");
            chair.click(By.xpath("//label[normalize-space()='Agreed by consensus']"));
            chair.submit(By.id("deciding:save"));
            chair.waitForText(By.id("item-records"), "Resolved: To set the budget at £120,000.");
            chair.choose(By.id("acting:item"), ITEM);
            chair.type(By.id("acting:description"), "Send the budget to every member");
            chair.choose(By.id("acting:owner"), chairName);
            chair.setValue(By.id("acting:dueOn"), LocalDate.now().plusDays(14).toString());
            chair.submit(By.id("acting:add"));
            chair.click(By.id("minutes-link"));
            String minutes = chair.driver().getCurrentUrl();
            chair.open(minutes.replace("/minutes?meeting=", "/meeting?id="));
            chair.submit(By.id("holding:held"));

            // The minutes, drafted by two people on one item at once.
            chair.open(minutes);
            secretariat.open(minutes);
            assertTrue(chair.text(By.id("apologies")).contains(memberName + ", Partner " + scenario.tag
                    + " (Sam Deputy attended in their place)"), chair.text(By.id("apologies")));
            chair.submit(button("Minute the discussion"));
            secretariat.submit(button("Minute the discussion"));
            chair.replaceEditorText("The treasurer presented the budget.");
            chair.submit(By.id("editor:save"));
            chair.waitForText(By.id("summary"), "have been saved");
            secretariat.replaceEditorText("Partners asked for a three-year view.");
            secretariat.submit(By.id("editor:save"));
            secretariat.waitForText(By.id("conflict"), "The treasurer presented the budget.");
            assertTrue(secretariat.text(By.cssSelector(".ql-editor")).contains("Partners asked for a three-year view."),
                    "the second writer's text is kept");
            secretariat.replaceEditorText("The treasurer presented the budget. Partners asked for a three-year view.");
            secretariat.submit(By.id("editor:save"));
            secretariat.waitForText(By.id("items"), "The treasurer presented the budget. Partners asked for a three-year view.");

            // Approved at the next meeting, then signed by the chair.
            schedule(chair, scenario, "Next board", LocalDate.now().minusDays(1));
            String nextRecord = chair.driver().getCurrentUrl().replace("/meeting?id=", "/meeting-record?meeting=");
            chair.open(minutes);
            chair.submit(By.id("approval:choose"));
            chair.choose(By.id("approval:laterMeeting"), "Next board");
            chair.submit(By.id("approval:put"));
            chair.waitForText(By.id("on-agenda"), "no decision recorded yet");
            chair.open(nextRecord);
            chair.click(attendanceChoice(chairName, "Present"));
            chair.submit(By.id("attendance:save"));
            chair.submit(By.xpath("//a[contains(., 'Record the decision')]"));
            chair.type(By.id("deciding:resolution"), "The minutes are approved as a true record.");
            chair.click(By.xpath("//label[normalize-space()='Agreed by consensus']"));
            chair.submit(By.id("deciding:save"));
            chair.open(minutes);
            chair.waitForText(By.id("on-agenda"), "approved as a true record");
            chair.type(By.id("signing:password"), HttpScenario.PASSWORD);
            chair.submit(By.id("signing:sign"));
            chair.waitForText(By.id("signed"), "Signed by " + chairName + ", Chair");
            assertTrue(chair.driver().findElements(button("Minute the discussion")).isEmpty(), "signed minutes are locked");

            assertEquals(List.of(), chair.consoleErrors());
            assertEquals(List.of(), secretariat.consoleErrors());
        }
    }
}
