package org.consortia.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import org.consortia.identity.Account;
import org.consortia.identity.Organisation;
import org.consortia.identity.Sector;
import org.consortia.meeting.AgendaItem;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingAction;
import org.consortia.meeting.MeetingState;
import org.consortia.membership.Membership;
import org.consortia.membership.Representative;
import org.consortia.membership.WorkspaceRole;
import org.consortia.mou.MouHeading;
import org.consortia.mou.MouSection;
import org.consortia.partnership.LegalStatus;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.PartnershipType;
import org.consortia.risk.Impact;
import org.consortia.risk.Likelihood;
import org.consortia.risk.RiskEntry;
import org.consortia.risk.StandardCategory;

/**
 * The pieces of a portal the size of a busy council's, for the load benchmark: more partnerships
 * with full risk registers, more member organisations in one workspace, a long history of its
 * Memorandum and years of meetings with their actions. Each call is a transaction of its own, so every revision is one revision.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoAtScale {

    private static final LocalDate STARTED = LocalDate.of(2024, 4, 1);

    @PersistenceContext
    EntityManager entityManager;

    /** A partnership with nobody in it yet; its id. */
    public long partnership(int number) {
        Partnership partnership = new Partnership("Load test partnership " + number, "load-test-" + number,
                PartnershipType.COLLABORATIVE, LegalStatus.NO_SEPARATE_LEGAL_IDENTITY, STARTED);
        partnership.setPurpose("A partnership of the load test.");
        entityManager.persist(partnership);
        entityManager.flush();
        return partnership.getId();
    }

    /** Register entries of every category and score, in the current workspace. */
    public void riskEntries(int count, String prefix) {
        Likelihood[] likelihoods = Likelihood.values();
        Impact[] impacts = Impact.values();
        StandardCategory[] categories = StandardCategory.values();
        for (int i = 0; i < count; i++) {
            RiskEntry entry = new RiskEntry();
            entry.setTitle(prefix + " risk " + (i + 1));
            entry.setCategory(categories[i % categories.length].label());
            entry.setInherentLikelihood(likelihoods[i % likelihoods.length]);
            entry.setInherentImpact(impacts[(i / likelihoods.length) % impacts.length]);
            entry.setResidualLikelihood(likelihoods[(i + 2) % likelihoods.length]);
            entry.setResidualImpact(impacts[(i / 3) % impacts.length]);
            entityManager.persist(entry);
        }
    }

    /** A member organisation of the current workspace with one representative, who can sign in. */
    public void member(int number, String passwordHash) {
        Organisation organisation = new Organisation("Load Test Organisation " + number, Sector.VOLUNTARY_AND_COMMUNITY,
                "Charity");
        entityManager.persist(organisation);
        Account person = new Account("Load Tester " + number, "load.tester." + number + "@consortia.test", organisation);
        person.setPasswordHash(passwordHash);
        entityManager.persist(person);
        Membership membership = new Membership(organisation, STARTED);
        entityManager.persist(membership);
        entityManager.persist(new Representative(membership, person, WorkspaceRole.MEMBER_REPRESENTATIVE, STARTED, null));
    }

    /**
     * Meetings of the current workspace, one a week going back from last week, each with one agenda
     * item and actions arising from it owned by the account given, every other one done.
     */
    public void meetings(int count, int actionsEach, String ownerEmail) {
        Account owner = entityManager.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", ownerEmail).getSingleResult();
        LocalDate lastWeek = LocalDate.now().minusWeeks(1);
        for (int number = 1; number <= count; number++) {
            Meeting meeting = new Meeting();
            meeting.setTitle("Load test meeting " + number);
            meeting.scheduleOn(lastWeek.minusWeeks(number - 1L), LocalTime.of(10, 0), LocalTime.of(12, 0));
            meeting.setVenue("Town Hall");
            meeting.setState(MeetingState.HELD);
            entityManager.persist(meeting);
            AgendaItem item = new AgendaItem(meeting);
            item.setPosition(1);
            item.setTitle("Progress report " + number);
            entityManager.persist(item);
            for (int action = 1; action <= actionsEach; action++) {
                MeetingAction arising = new MeetingAction(item, "Follow-up " + action + " of meeting " + number, owner,
                        meeting.day().plusWeeks(4));
                if (action % 2 == 0) {
                    arising.markDone(meeting.day().plusWeeks(2));
                }
                entityManager.persist(arising);
            }
        }
    }

    /** A new revision of the current workspace's Memorandum: its aims, redrafted. */
    public void revision(int number) {
        MouSection aims = entityManager.createQuery("select s from MouSection s where s.heading = :heading",
                        MouSection.class)
                .setParameter("heading", MouHeading.AIMS_AND_OBJECTIVES)
                .getSingleResult();
        aims.setContent("<p>Reduce crime and disorder in Redditch, draft " + number + ".</p>");
    }
}
