package org.consortia.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.consortia.access.InvalidInputException;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.membership.Membership;
import org.consortia.membership.MembershipService;
import org.consortia.membership.WorkspaceRole;
import org.consortia.notification.Digests;
import org.consortia.notification.MailFrequency;
import org.consortia.notification.MailSettings;
import org.consortia.notification.OutboxMessage;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Someone who chose a digest gets what is not urgent in one e-mail, grouped by partnership, once: a
 * daily one each morning, a weekly one on Mondays; choosing each e-mail at once sends what was held.
 */
@ExtendWith(ArquillianExtension.class)
class DigestsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(DigestsIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    MembershipService membership;

    @Inject
    MailSettings settings;

    @Inject
    Digests digests;

    private final LocalDate monday = LocalDate.now(UkDates.LONDON).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    /** The outsider is appointed in both partnerships: two e-mails that are not urgent, one about each. */
    private void appointTheOutsiderInBoth() {
        Membership inA = as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.addMember(world.outsiderOrganisation, LocalDate.now()));
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> membership.appoint(inA.getId(), world.outsiderId,
                WorkspaceRole.MEMBER_REPRESENTATIVE, LocalDate.now(), null));
        Membership inB = as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> membership.addMember(world.outsiderOrganisation, LocalDate.now()));
        as.inWorkspace(world.chairOfB, world.partnershipB, () -> membership.appoint(inB.getId(), world.outsiderId,
                WorkspaceRole.OBSERVER, LocalDate.now(), null));
    }

    private List<OutboxMessage> outsiders(String eventKeyStart) {
        return fixtures.mailTo(world.outsider, eventKeyStart);
    }

    @Test
    void aDailyDigestGroupsWhatWasHeldByPartnershipAndIsMadeOnce() {
        assertEquals(MailFrequency.AT_ONCE, as.user(world.outsider, settings::mine), "each at once until chosen");
        as.user(world.outsider, () -> settings.choose(MailFrequency.DAILY));
        appointTheOutsiderInBoth();

        List<OutboxMessage> held = outsiders("appointed:");
        assertEquals(2, held.size());
        assertTrue(held.stream().allMatch(message -> message.isHeld() && message.getSentAt() == null));

        assertTrue(digests.composeFor(world.outsiderId, monday.plusDays(1)));
        List<OutboxMessage> digest = outsiders("digest:");
        assertEquals(1, digest.size());
        assertEquals("Your daily digest from Consortia: 2 e-mails", digest.get(0).getSubject());
        String text = digest.get(0).getTextBody();
        int a = text.indexOf("Partnership A " + world.tag + "\n");
        int b = text.indexOf("Partnership B " + world.tag + "\n");
        assertTrue(a > 0 && b > a, "under each partnership, in order: " + text);
        assertTrue(text.contains("* You have been appointed to Partnership A " + world.tag + "\n  http"), text);
        assertTrue(text.contains("/w/" + world.slugB), text);
        assertTrue(text.contains("/account/email"), "it says how to change the setting");
        assertTrue(digest.get(0).getHtmlBody().contains("<h2>Partnership B " + world.tag + "</h2>"));
        assertFalse(digest.get(0).isHeld(), "the digest itself is sent");
        assertTrue(outsiders("appointed:").stream().allMatch(message -> message.getSentAt() != null
                && message.getDigest() != null), "what was held went out in it");

        assertFalse(digests.composeFor(world.outsiderId, monday.plusDays(1)), "nothing is held any more");
        assertEquals(1, outsiders("digest:").size());
        assertTrue(fixtures.mailTo(world.chairOfA, "digest:").isEmpty(), "nobody else has a digest");
    }

    @Test
    void aWeeklyDigestWaitsForMonday() {
        as.user(world.outsider, () -> settings.choose(MailFrequency.WEEKLY));
        appointTheOutsiderInBoth();
        assertFalse(digests.composeFor(world.outsiderId, monday.plusDays(2)));
        assertTrue(outsiders("digest:").isEmpty());
        assertTrue(digests.composeFor(world.outsiderId, monday));
        assertEquals("Your weekly digest from Consortia: 2 e-mails", outsiders("digest:").get(0).getSubject());
    }

    @Test
    void choosingEachAtOnceSendsWhatWasHeldOnItsOwn() {
        as.user(world.outsider, () -> settings.choose(MailFrequency.DAILY));
        appointTheOutsiderInBoth();
        as.user(world.outsider, () -> settings.choose(MailFrequency.AT_ONCE));
        assertTrue(outsiders("appointed:").stream().noneMatch(OutboxMessage::isHeld));
        assertFalse(digests.composeFor(world.outsiderId, monday));
        assertTrue(outsiders("digest:").isEmpty());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> as.user(world.outsider, () -> settings.choose(null)));
        assertEquals("Choose how often you want e-mails.", refused.messagesByField().get("frequency"));
        assertEquals(MailFrequency.AT_ONCE, as.user(world.outsider, settings::mine));
    }

    @Test
    void twoServersMakingTheDigestsAtOnceMakeEachOnce() throws Exception {
        as.user(world.outsider, () -> settings.choose(MailFrequency.DAILY));
        appointTheOutsiderInBoth();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(servers.submit(() -> {
                    start.await();
                    return digests.composeDue(monday.plusDays(1));
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                assertNotNull(run.get(5, TimeUnit.MINUTES));
            }
        } finally {
            servers.shutdownNow();
        }
        assertEquals(1, outsiders("digest:").size());
        assertTrue(outsiders("appointed:").stream().allMatch(message -> message.getSentAt() != null));
    }
}
