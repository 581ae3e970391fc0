package org.consortia.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.consortia.annualreport.AnnualReport;
import org.consortia.it.support.Browser;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalPages;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The portal used with the keyboard alone: no mouse click anywhere in these tests. */
@ExtendWith(ArquillianExtension.class)
class KeyboardBrowserIT {

    private static final By EDIT_TERMINATION = By.xpath("//input[@value='Edit “Termination of partnership involvement”']");

    /**
     * How well the focused element's focus indicator stands out: the best contrast of its outline's
     * and box-shadows' colours against the background it sits on. PrimeFaces widgets whose focus
     * sits on a hidden input show it on the part marked ui-state-focus.
     */
    private static final String FOCUS_CONTRAST = """
            let element = document.activeElement;
            if (element.closest('.ui-helper-hidden-accessible')) {
              element = element.closest('.ui-widget').querySelector('.ui-state-focus') || element;
            }
            const style = getComputedStyle(element);
            const parse = colour => {
              const match = colour.match(/rgba?\\(([^)]+)\\)/);
              if (!match) { return null; }
              const parts = match[1].split(',').map(Number);
              return parts.length > 3 && parts[3] === 0 ? null : parts.slice(0, 3);
            };
            const luminance = rgb => {
              const channel = value => { value /= 255; return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4); };
              return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
            };
            const contrast = (a, b) => {
              const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
              return (light + 0.05) / (dark + 0.05);
            };
            let background = null;
            for (let up = element.parentElement; up && !background; up = up.parentElement) {
              background = parse(getComputedStyle(up).backgroundColor);
            }
            background = background || [255, 255, 255];
            const colours = [];
            if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) { colours.push(parse(style.outlineColor)); }
            for (const shadow of style.boxShadow.matchAll(/rgba?\\([^)]+\\)/g)) { colours.push(parse(shadow[0])); }
            const best = Math.max(0, ...colours.filter(colour => colour).map(colour => contrast(colour, background)));
            return element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + ' "'
              + (element.innerText || element.value || '').trim().substring(0, 30) + '" '
              + (best < 3 ? '(outline ' + style.outlineStyle + ' ' + style.outlineColor + ', shadow ' + style.boxShadow + ') ' : '')
              + best.toFixed(2);
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void aChairSignsInOpensASectionOfTheMemorandumWritesAndSavesItWithTheKeyboardAlone() {
        HttpScenario scenario = HttpScenario.build();
        try (Browser chair = new Browser()) {
            chair.open("/login");
            chair.tabTo(By.id("login:email"));
            chair.keys(scenario.chairOfA, Keys.TAB, HttpScenario.PASSWORD);
            chair.enterAndAwaitNextPage();

            chair.open(scenario.inA("mou"));
            chair.tabTo(EDIT_TERMINATION);
            chair.enterAndAwaitNextPage();
            // Edit puts the caret in the section's text, not at the top of the page.
            chair.awaitFocus(By.cssSelector("#editor\\:content .ql-editor"));
            assertEquals("editor-keys", chair.focused().getAttribute("aria-describedby"),
                    "the editor's hint on leaving it with Tab is read out with it");

            chair.keys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "Either partner may leave on six months' notice.");
            chair.keys(Keys.TAB);
            assertEquals("editor:save", chair.focused().getAttribute("id"), "Tab leaves the text for Save section");
            assertTrue(!chair.text(By.cssSelector("#editor\\:content .ql-editor")).contains("\t"), "no tab typed");
            chair.enterAndAwaitNextPage();

            chair.waitForText(By.id("status"), "has been saved");
            assertTrue(chair.text(By.id("section-TERMINATION")).contains("Either partner may leave on six months' notice."));
            assertEquals(List.of(), chair.consoleErrors());
        }
    }

    @Test
    void everythingTheKeyboardReachesShowsItsFocusAtThreeToOneOrMore() {
        try (Browser browser = new Browser()) {
            List<String> faint = new java.util.ArrayList<>(faintFocus(browser, "/login", "/forgot-password", "/register", "/accessibility"));
            browser.signIn("chair@consortia.test", PortalClient.DEMO_PASSWORD);
            PortalClient chair = new PortalClient().signedInAs(PortalPages.CHAIR, PortalClient.DEMO_PASSWORD);
            faint.addAll(faintFocus(browser, "/", "/w/community-safety/members", "/w/community-safety/risks",
                    "/w/community-safety/mou", PortalPages.heldMeetingMinutes(chair), "/w/community-safety/polls",
                    PortalPages.linkOn(chair, "/w/community-safety/polls", "a[href*='/poll?id=']")));
            browser.open("/w/community-safety/mou");
            browser.tabTo(EDIT_TERMINATION);
            browser.enterAndAwaitNextPage();
            browser.awaitFocus(By.cssSelector("#editor\\:content .ql-editor"));
            assertEquals("16px", browser.script("return getComputedStyle(document.activeElement).fontSize"),
                    "the editor's text is as large as the page's");
            String editor = (String) browser.script(FOCUS_CONTRAST);
            if (contrastOf(editor) < 3) {
                faint.add("the Memorandum's editor: " + editor);
            }
            assertEquals(List.of(), faint, "focus indicators below 3:1");
        }
    }

    /** Every focus stop of each page, in Tab order, whose indicator is below 3:1. */
    private static List<String> faintFocus(Browser browser, String... paths) {
        List<String> faint = new java.util.ArrayList<>();
        for (String path : paths) {
            browser.open(path);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int presses = 0; presses < 60; presses++) {
                browser.keys(Keys.TAB);
                String stop = (String) browser.script(FOCUS_CONTRAST);
                if (!seen.add(stop.substring(0, stop.lastIndexOf(' ')))) {
                    break;
                }
                if (!stop.startsWith("body") && contrastOf(stop) < 3) {
                    faint.add(path + ": " + stop);
                }
            }
        }
        return faint;
    }

    private static double contrastOf(String stop) {
        return Double.parseDouble(stop.substring(stop.lastIndexOf(' ') + 1));
    }

    @Test
    void everyFormIsReachedAndSentWithTheKeyboardAlone() {
        HttpScenario scenario = HttpScenario.withEntriesInA(1);
        String entry = scenario.signedIn(scenario.chairOfA).get(scenario.inA("risks")).document()
                .select("a:containsOwn(" + scenario.entryInA(0) + ")").attr("href");
        entry = entry.substring(entry.indexOf("/w/"));
        List<String> stuck = new java.util.ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
            stuck.addAll(sendEachWithTheKeyboard(browser,
                    scenario.inA("members"), "addMember:add",
                    scenario.inA("members"), "appoint:appointButton",
                    scenario.inA("members"), "invite:send",
                    scenario.inA("members"), "secondFactor:saveSecondFactor",
                    scenario.inA("mou"), "review:saveReviewDate",
                    scenario.inA("mou-verify"), "checkButton",
                    scenario.inA("conduct"), "publishing:publish",
                    scenario.inA("risks"), "filters:apply",
                    scenario.inA("risk"), "form:save",
                    entry, "action:add",
                    scenario.inA("form?form=risk-checklist"), "form:save",
                    scenario.inA("polls"), "propose:propose",
                    "/account/password", "form:change", "/account/email", "settings:save",
                    "/account/second-factor", "setup:start", "/forgot-password", "forgot:send"));
            browser.signIn(scenario.strategy, HttpScenario.PASSWORD);
            stuck.addAll(sendEachWithTheKeyboard(browser, "/partnerships/list", "filters:apply",
                    "/partnerships/edit", "form:save",
                    "/partnerships/annual-report?year=" + AnnualReport.yearOf(LocalDate.now(UkDates.LONDON)), "text:save"));
            browser.signIn(scenario.admin, HttpScenario.PASSWORD);
            stuck.addAll(sendEachWithTheKeyboard(browser, "/admin/account", "form:save", "/admin/organisation", "form:save"));
            assertEquals(List.of(), stuck, "forms whose button the keyboard could not reach or press");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /** Opens each page, tabs to its button from the top and presses Enter; returns those that failed. */
    private static List<String> sendEachWithTheKeyboard(Browser browser, String... pathsAndButtons) {
        List<String> stuck = new java.util.ArrayList<>();
        for (int pair = 0; pair < pathsAndButtons.length; pair += 2) {
            String path = pathsAndButtons[pair];
            String button = pathsAndButtons[pair + 1];
            browser.open(path);
            try {
                browser.tabTo(By.id(button));
                browser.enterAndAwaitNextPage();
            } catch (AssertionError failed) {
                stuck.add(path + " " + button + ": " + failed.getMessage().lines().limit(14)
                        .collect(java.util.stream.Collectors.joining(" / ")));
            }
        }
        return stuck;
    }
}
