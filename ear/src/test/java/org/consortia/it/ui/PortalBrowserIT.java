package org.consortia.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.consortia.it.support.Browser;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The portal in a real browser: signing in, workspaces, the database, history and the register. */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void aMemberSignsInAndOpensTheirWorkspace() {
        try (Browser browser = new Browser()) {
            browser.signIn("chair@consortia.test", PortalClient.DEMO_PASSWORD);
            List<String> mine = browser.driver().findElements(By.cssSelector("#my-workspaces a")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("Redditch Community Safety Partnership"), mine);
            String attention = browser.text(By.id("attention"));
            assertTrue(attention.contains("Redditch Community Safety Partnership"), attention);
            List<String> links = browser.driver().findElements(By.cssSelector("#attention a")).stream()
                    .map(link -> link.getAttribute("href")).toList();
            assertTrue(!links.isEmpty() && links.stream().allMatch(href -> href.contains("/w/community-safety/")),
                    "the home page lists what needs the chair's attention in their workspace: " + links);

            browser.submit(By.linkText("Redditch Community Safety Partnership"));
            browser.waitForText(By.id("workspace-name"), "Redditch Community Safety Partnership");
            assertEquals("Chair", browser.text(By.id("my-role")));
            assertTrue(browser.text(By.id("members")).contains("Morgan Member"));
            assertTrue(browser.text(By.id("attention-heading")).contains("Needs your attention"));

            browser.open("/register");
            String register = browser.text(By.id("register"));
            assertTrue(register.contains("Shared Services Board") && register.contains("Redditch Partnership"));
            assertEquals("400", browser.script("return getComputedStyle(document.querySelector('#register th .hint'))"
                    + ".fontWeight"), "a partnership's purpose is not bold like its name");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void theHomePageListsWhatIsDueAcrossThePersonsWorkspacesTheMostUrgentFirstAndOnlyTheirs() {
        HttpScenario scenario = HttpScenario.build(HttpScenario.Extra.OUTSIDER_IN_BOTH);
        try (Browser browser = new Browser()) {
            browser.signIn(scenario.outsider, HttpScenario.PASSWORD);
            List<String> groups = browser.driver().findElements(By.cssSelector("#attention h3")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("Partnership B " + scenario.tag, "Partnership A " + scenario.tag), groups,
                    "the workspace whose deadline is nearest first");
            WebElement first = browser.driver().findElement(By.cssSelector("#attention ul li"));
            String ends = UkDates.day(LocalDate.now().plusDays(10));
            assertEquals("Your term of office ends on " + ends, first.findElement(By.tagName("a")).getText());
            assertEquals("Due by " + ends, first.findElement(By.className("due")).getText());
            assertTrue(first.findElement(By.tagName("a")).getAttribute("href").endsWith("/w/" + scenario.slugB + "/members"));

            browser.emulateWidth(320);
            assertEquals(Boolean.TRUE, browser.script("return document.documentElement.scrollWidth <= 320"),
                    "the list fits a 320 px screen");
            browser.tabTo(By.cssSelector("#attention ul li a"));
            browser.enterAndAwaitNextPage();
            assertTrue(browser.driver().getCurrentUrl().endsWith("/w/" + scenario.slugB + "/members"),
                    "the keyboard follows the item to its page: " + browser.driver().getCurrentUrl());
            assertEquals(List.of(), browser.consoleErrors());
        }
        try (Browser browser = new Browser()) {
            browser.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            String attention = browser.text(By.id("attention"));
            assertTrue(attention.contains("Person " + scenario.outsider + "'s term of office ends on "
                    + UkDates.day(LocalDate.now().plusDays(40))), "the chair reappoints or appoints a successor: " + attention);
            assertFalse(attention.contains("Partnership B"), "nothing of a workspace that is not theirs");
        }
    }

    @Test
    void strategyEditsAPartnershipAndSeesTheEditInItsHistory() {
        HttpScenario scenario = HttpScenario.build();
        String funding = "Safer Streets Fund " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser()) {
            browser.signIn(scenario.strategy, HttpScenario.PASSWORD);
            openFromDatabase(browser, "Partnership A " + scenario.tag);
            browser.submit(By.id("edit"));
            browser.type(By.id("form:fundingSources"), funding);
            browser.submit(By.id("form:save"));
            browser.waitForText(By.tagName("main"), "The partnership record has been saved.");
            assertTrue(browser.text(By.tagName("main")).contains(funding));

            browser.submit(By.linkText("History of this record"));
            String newest = browser.text(By.cssSelector("#history li:first-child"));
            assertTrue(newest.contains("Changed by Person " + scenario.strategy + " (Council " + scenario.tag + ")"), newest);
            assertTrue(newest.matches("(?s).* – version \\d+.*") && !newest.contains("revision"),
                    "the history numbers the record's own versions: " + newest);
            assertTrue(newest.contains("Funding sources") && newest.contains(funding), newest);
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void markupIsRefusedBesideTheFieldAndWhatWasTypedStays() {
        HttpScenario scenario = HttpScenario.build();
        String partnership = "Partnership B " + scenario.tag;
        try (Browser browser = new Browser()) {
            browser.signIn(scenario.strategy, HttpScenario.PASSWORD);
            openFromDatabase(browser, partnership);
            browser.submit(By.id("edit"));
            browser.type(By.id("form:purpose"), "<script>alert('owned')</script>");
            browser.type(By.id("form:clientGroups"), "Residents of Winyates");
            browser.submit(By.id("form:save"));
            browser.waitForText(By.tagName("main"), "Remove the markup");
            assertEquals("<script>alert('owned')</script>",
                    browser.driver().findElement(By.id("form:purpose")).getAttribute("value"));
            assertEquals("Residents of Winyates",
                    browser.driver().findElement(By.id("form:clientGroups")).getAttribute("value"));
            openFromDatabase(browser, partnership);
            assertTrue(!browser.text(By.tagName("main")).contains("Residents of Winyates"), "nothing was saved");
        }
    }

    @Test
    void theChairChangesATermOfOfficeAndTheEndingTermNeedsAttention() {
        HttpScenario scenario = HttpScenario.build();
        String observer = "Person " + scenario.observerOfA;
        java.time.LocalDate end = java.time.LocalDate.now().plusDays(30);
        try (Browser browser = new Browser()) {
            browser.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            browser.open(scenario.inA("members"));
            browser.submit(By.xpath("//input[@value=\"Change " + observer + "'s appointment\"]"));
            browser.waitForText(By.id("change-heading"), "Change " + observer + "'s appointment");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('change:termEnd').value = arguments[0]", end.toString());
            browser.submit(By.id("change:save"));
            browser.waitForText(By.tagName("main"), observer + "'s appointment has been changed.");

            browser.open(scenario.inA(""));
            String attention = browser.text(By.id("attention"));
            assertTrue(attention.contains(observer + "'s term of office ends on "
                    + end.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))),
                    attention);
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void appointingARepresentativeOffersOnlyThePeopleOfTheChosenOrganisation() {
        HttpScenario scenario = HttpScenario.build();
        try (Browser browser = new Browser()) {
            browser.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            browser.open(scenario.inA("members"));
            assertEquals(List.of("Choose the organisation first"), options(browser, "appoint:account"));
            WebElement before = browser.driver().findElement(By.id("appoint:account"));
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("appoint:membership")))
                    .selectByVisibleText("Partner " + scenario.tag);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
            List<String> people = options(browser, "appoint:account");
            assertEquals("Choose a person", people.get(0));
            assertTrue(people.contains("Person " + scenario.memberOfA) && !people.contains("Person " + scenario.admin)
                    && !people.contains("Person " + scenario.outsider), people.toString());
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    private static List<String> options(Browser browser, String selectId) {
        return browser.driver().findElements(By.cssSelector("select[id='" + selectId + "'] option")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void aMemberFollowsTheAttentionLinkAndSignsTheCodeOfConduct() {
        HttpScenario scenario = HttpScenario.build();
        try (Browser browser = new Browser()) {
            browser.signIn(scenario.memberOfA, HttpScenario.PASSWORD);
            browser.open(scenario.inA(""));
            browser.submit(By.linkText("Sign the code of conduct"));
            assertTrue(browser.text(By.id("code")).contains("must not unduly influence any person"));
            browser.submit(By.id("signing:sign"));
            browser.waitForText(By.id("signed"), "You have signed this version.");
            browser.open(scenario.inA(""));
            assertTrue(browser.driver().findElements(By.linkText("Sign the code of conduct")).isEmpty());
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /** Finds a partnership by name in the database list, which other tests fill with their own. */
    private static void openFromDatabase(Browser browser, String name) {
        browser.open("/partnerships/list");
        browser.type(By.id("filters:text"), name);
        browser.submit(By.id("filters:apply"));
        browser.submit(By.linkText(name));
    }

    @Test
    void theDatabaseListsFiltersAreInItsAddressToBookmarkAndShare() {
        try (Browser browser = new Browser()) {
            browser.signIn("cmt@consortia.test", PortalClient.DEMO_PASSWORD);
            browser.open("/partnerships/list");
            browser.type(By.id("filters:text"), "Redditch");
            browser.submit(By.id("filters:apply"));
            browser.waitForText(By.id("results:table"), "Redditch Partnership");
            browser.driver().findElement(By.cssSelector("#filters\\:statutory option[value='true']")).click();
            browser.submit(By.id("filters:apply"));
            String address = browser.driver().getCurrentUrl();
            assertTrue(address.endsWith("/partnerships/list?text=Redditch&statutory=true"), address);
            browser.open("/partnerships/list");
            browser.open(address.substring(address.indexOf("/partnerships/")));
            assertEquals("Redditch", browser.driver().findElement(By.id("filters:text")).getAttribute("value"),
                    "the shared address fills in the filters");
            assertTrue(browser.driver().findElement(By.id("export")).getAttribute("href")
                    .endsWith("/partnerships/export.csv?text=Redditch&statutory=true"));
            String table = browser.text(By.id("results:table"));
            assertTrue(table.contains("Redditch Community Safety Partnership"), table);
            assertTrue(browser.driver().findElements(By.linkText("Redditch Partnership")).isEmpty(), table);
            assertEquals(List.of(), browser.consoleErrors());
        }
    }
}
