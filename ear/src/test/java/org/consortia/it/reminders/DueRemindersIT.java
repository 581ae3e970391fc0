package org.consortia.it.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionService;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.notification.OutboxMessage;
import org.consortia.reminders.DueReminders;
import org.consortia.reminders.DueRuns;
import org.consortia.risk.EntryKind;
import org.consortia.risk.Impact;
import org.consortia.risk.Likelihood;
import org.consortia.risk.Perspective;
import org.consortia.risk.RiskEntry;
import org.consortia.risk.RiskRegisterService;
import org.consortia.risk.StandardCategory;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The day's reminders e-mail each due item to each of its people once, and to nobody else: a rerun,
 * a second run the same day or two servers at once add nothing, and no workspace's items reach
 * another's people.
 */
@ExtendWith(ArquillianExtension.class)
class DueRemindersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(DueRemindersIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    RiskRegisterService register;

    @Inject
    AttentionService attention;

    @Inject
    DueReminders reminders;

    @Inject
    DueRuns runs;

    private final LocalDate today = LocalDate.now(UkDates.LONDON);
    private Scenario world;
    private RiskEntry lease;
    private RiskEntry funding;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
        long chairOfBId = fixtures.single("select a.id from Account a where a.email = '" + world.chairOfB + "'",
                Long.class);
        lease = as.inWorkspace(world.chairOfA, world.partnershipA, () -> register.create(entry("Premises lease"),
                world.partner, world.memberOfAId));
        funding = as.inWorkspace(world.chairOfB, world.partnershipB, () -> register.create(entry("Funding gap"),
                world.council, chairOfBId));
        forgetTodaysRun();
    }

    /** Each test runs the day afresh: the day's row is what stops a second run. */
    private void forgetTodaysRun() {
        forgetRunOf(today);
    }

    private void forgetRunOf(LocalDate day) {
        fixtures.update("delete from DueRun r where r.runOn = ?1", day);
    }

    private static RiskEntry entry(String title) {
        RiskEntry entry = new RiskEntry();
        entry.setKind(EntryKind.RISK);
        entry.setTitle(title);
        entry.setPerspective(Perspective.COUNCIL);
        entry.setCategory(StandardCategory.FINANCIAL.label());
        entry.setInherentLikelihood(Likelihood.POSSIBLE);
        entry.setInherentImpact(Impact.MINOR);
        entry.setResidualLikelihood(Likelihood.POSSIBLE);
        entry.setResidualImpact(Impact.MINOR);
        entry.setReviewDate(LocalDate.now(UkDates.LONDON).minusDays(3));
        return entry;
    }

    private List<OutboxMessage> reminded(String email, long partnership) {
        return fixtures.mailTo(email, "due:" + partnership + ":risk-review:");
    }

    @Test
    void eachDueItemIsMailedOnceToEachOfItsPeopleAndToNobodyElse() {
        DueReminders.Outcome outcome = reminders.runFor(today);
        assertEquals(List.of(), outcome.failedWorkspaces());
        assertTrue(outcome.queued() >= 2);

        List<OutboxMessage> owner = reminded(world.memberOfA, world.partnershipA);
        assertEquals(1, owner.size());
        OutboxMessage mail = owner.get(0);
        assertEquals("due:" + world.partnershipA + ":risk-review:" + lease.getId() + ":" + lease.getReviewDate()
                + ":urgent", mail.getEventKey());
        assertEquals("Overdue since " + UkDates.day(lease.getReviewDate()) + ": Review \"Premises lease\" (Partnership A "
                + world.tag + ")", mail.getSubject());
        assertTrue(mail.isUrgent(), "past its deadline, so told at once");
        assertTrue(mail.getTextBody().contains("/w/" + world.slugA + "/risk?id=" + lease.getId()), mail.getTextBody());
        assertTrue(mail.getHtmlBody().contains("Review &quot;Premises lease&quot;"), mail.getHtmlBody());
        assertEquals(1, reminded(world.chairOfB, world.partnershipB).size());
        for (String untold : List.of(world.chairOfA, world.observerOfA, world.outsider, world.strategy)) {
            assertTrue(reminded(untold, world.partnershipA).isEmpty(), untold + " is not to act on it");
        }
        assertTrue(reminded(world.memberOfA, world.partnershipB).isEmpty(), "another workspace's item");

        assertEquals(List.of("Review \"Premises lease\""), titles(world.memberOfA, world.partnershipA).stream()
                .filter(title -> title.contains("Premises")).toList(), "the same item is on the owner's attention panel");
        assertTrue(titles(world.chairOfA, world.partnershipA).stream().noneMatch(title -> title.contains("Premises")));

        for (String representative : List.of(world.chairOfA, world.memberOfA)) {
            List<OutboxMessage> conduct = fixtures.mailTo(representative, "due:" + world.partnershipA + ":conduct-sign:");
            assertEquals(1, conduct.size(), representative + " is to sign the code of conduct");
            assertTrue(conduct.get(0).getSubject().startsWith("To do: Sign the code of conduct"), conduct.get(0).getSubject());
            assertFalse(conduct.get(0).isUrgent(), "without a deadline, nothing is urgent");
        }
        assertTrue(fixtures.mailTo(world.outsider, "due:").isEmpty(), "the outsider represents nobody here");

        assertEquals(DueReminders.Outcome.NOT_RUN, reminders.runFor(today), "the day has run");
        forgetTodaysRun();
        reminders.runFor(today);
        assertEquals(1, reminded(world.memberOfA, world.partnershipA).size(), "a rerun sends nothing twice");
    }

    @Test
    void anItemIsToldWhenItFallsDueAndOnceMoreAtOnceWhenItsDeadlineIsClose() {
        LocalDate ends = today.plusDays(20);
        CurrentWorkspace.runIn(world.partnershipA, () -> fixtures.update(
                "update Representative r set r.termEnd = ?1 where r.id = ?2", ends, world.chairOfARepresentative));
        String key = "due:" + world.partnershipA + ":term-ending:" + world.chairOfARepresentative + ":" + ends;
        assertEquals(List.of(), reminders.runFor(today).failedWorkspaces());
        List<OutboxMessage> told = fixtures.mailTo(world.chairOfA, key);
        assertEquals(1, told.size());
        assertFalse(told.get(0).isUrgent(), "three weeks ahead");
        assertEquals("Due by " + UkDates.day(ends) + ": Your term of office ends on " + UkDates.day(ends)
                + " (Partnership A " + world.tag + ")", told.get(0).getSubject());

        LocalDate twoDaysBefore = ends.minusDays(2);
        forgetRunOf(twoDaysBefore);
        try {
            assertEquals(List.of(), reminders.runFor(twoDaysBefore).failedWorkspaces());
            assertEquals(0, reminders.runFor(twoDaysBefore).queued());
            List<OutboxMessage> again = fixtures.mailTo(world.chairOfA, key);
            assertEquals(2, again.size(), "once more, and only once, when it is close");
            assertTrue(again.get(1).isUrgent());
            assertEquals(key + ":urgent", again.get(1).getEventKey());
        } finally {
            forgetRunOf(twoDaysBefore);
        }
    }

    @Test
    void aRunThatStoppedHalfwayIsTakenAgainLaterThatDay() {
        assertTrue(runs.claim(today), "a server takes the day, then stops before finishing");
        assertEquals(DueReminders.Outcome.NOT_RUN, reminders.runFor(today), "while it may still be running");
        fixtures.update("update DueRun r set r.startedAt = ?1 where r.runOn = ?2", Instant.now().minus(Duration.ofHours(3)),
                today);
        DueReminders.Outcome again = reminders.runFor(today);
        assertTrue(again.ran(), "hours later, the catch-up after start-up runs it");
        assertEquals(1, reminded(world.memberOfA, world.partnershipA).size());
    }

    @Test
    void twoServersAtOnceRunTheDayOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Future<DueReminders.Outcome>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(servers.submit(() -> {
                    start.await();
                    return reminders.runFor(today);
                }));
            }
            start.countDown();
            List<DueReminders.Outcome> outcomes = new ArrayList<>();
            for (Future<DueReminders.Outcome> run : runs) {
                outcomes.add(run.get(5, TimeUnit.MINUTES));
            }
            assertEquals(1, outcomes.stream().filter(DueReminders.Outcome::ran).count(), "one of them found the day"
                    + " taken: " + outcomes);
        } finally {
            servers.shutdownNow();
        }
        assertEquals(1, reminded(world.memberOfA, world.partnershipA).size());
        assertEquals(1, reminded(world.chairOfB, world.partnershipB).size());
        assertEquals(1, fixtures.update("delete from DueRun r where r.runOn = ?1 and r.finishedAt is not null", today),
                "the day's run is recorded as finished");
    }

    private List<String> titles(String email, long partnership) {
        return as.inWorkspace(email, partnership, attention::forCurrentWorkspace).stream().map(AttentionItem::title)
                .toList();
    }
}
