package org.consortia.calendar;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.consortia.access.RecordNotFoundException;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.DueItem;
import org.consortia.attention.PersonalDeadlines;
import org.consortia.identity.Account;
import org.consortia.identity.CallerLookup;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingCalendar;
import org.consortia.partnership.LifecycleStage;
import org.consortia.tenancy.AllWorkspaces;
import org.consortia.text.SecretTokens;
import org.consortia.text.UkDates;

/**
 * Each person's private calendar feed of the meetings of every partnership they represent a member
 * of, from a year back, with their deadlines there: opened by the long random token in its address, without signing in, so that
 * ordinary calendar programs can subscribe. The person turns it on, renews its address, or turns it
 * off; an address renewed or turned off shows nothing at once.
 */
@Stateless
public class CalendarFeedService {

    /** The partnerships whose member the person (:account) represents in office on :today. */
    private static final String OWN_PARTNERSHIPS = "select r.partnershipId from Representative r where r.account.id = :account"
            + " and r.endedAt is null and r.termStart <= :today and (r.termEnd is null or r.termEnd >= :today)"
            + " and r.membership.leftOn is null and r.account.organisation = r.membership.organisation";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CallerLookup callers;

    @Inject
    AllWorkspaces allWorkspaces;

    @Inject
    PersonalDeadlines personalDeadlines;

    /** When the caller's feed address was made, if they have one. */
    public Optional<Instant> mine() {
        return feedOf(callers.current().accountId()).map(CalendarFeed::getCreatedAt);
    }

    /** Gives the caller a new feed address, the old one (if any) ending at once; the token, shown only now. */
    public String renew() {
        long accountId = callers.current().accountId();
        String token = SecretTokens.next();
        Optional<CalendarFeed> existing = feedOf(accountId);
        if (existing.isPresent()) {
            existing.get().renew(SecretTokens.hash(token), Instant.now());
        } else {
            entityManager.persist(new CalendarFeed(entityManager.getReference(Account.class, accountId),
                    SecretTokens.hash(token), Instant.now()));
        }
        entityManager.flush();
        return token;
    }

    /** Turns the caller's feed off. */
    public void revoke() {
        feedOf(callers.current().accountId()).ifPresent(entityManager::remove);
        entityManager.flush();
    }

    /**
     * The feed a token opens, as iCalendar: the meetings, and the person's deadlines in each partnership
     * they represent a member of (whose Council involvement has not ended) as all-day events; "not
     * found" for a token that opens none. {@code workspaceAddress} gives a workspace's address from its slug.
     * Outside a transaction: each workspace's deadlines are read in one of their own, and none holds a
     * connection while another is read.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] feed(String token, Function<String, String> workspaceAddress) {
        if (!SecretTokens.plausible(token)) {
            throw new RecordNotFoundException("No such calendar.");
        }
        CalendarFeed feed = entityManager.createQuery("select f from CalendarFeed f join fetch f.account"
                        + " where f.tokenHash = :hash", CalendarFeed.class)
                .setParameter("hash", SecretTokens.hash(token)).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No such calendar."));
        long accountId = feed.getAccount().getId();
        LocalDate today = LocalDate.now(UkDates.LONDON);
        List<Object[]> rows = allWorkspaces.readPublicOrOwn("the meetings of the feed owner's own partnerships",
                session -> session.createQuery("select m, p.name, p.slug from Meeting m, Partnership p"
                                + " where p.id = m.partnershipId and m.startsAt > :since and m.partnershipId in ("
                                + OWN_PARTNERSHIPS + ") order by m.startsAt, m.id", Object[].class)
                        .setParameter("account", accountId)
                        .setParameter("today", today)
                        .setParameter("since", ZonedDateTime.now(UkDates.LONDON).minusYears(1).toInstant())
                        .setMaxResults(2000)
                        .getResultList());
        List<MeetingCalendar.Event> meetings = rows.stream().map(row -> new MeetingCalendar.Event((Meeting) row[0],
                (String) row[1], workspaceAddress.apply((String) row[2]) + "/meeting?id=" + ((Meeting) row[0]).getId()))
                .toList();
        return MeetingCalendar.of(meetings, deadlines(accountId, today, workspaceAddress));
    }

    private List<MeetingCalendar.Deadline> deadlines(long accountId, LocalDate today,
            Function<String, String> workspaceAddress) {
        List<Object[]> partnerships = allWorkspaces.readPublicOrOwn("the feed owner's own partnerships",
                session -> session.createQuery("select p.id, p.name, p.slug from Partnership p where p.stage <> :ended"
                                + " and p.id in (" + OWN_PARTNERSHIPS + ") order by p.id", Object[].class)
                        .setParameter("account", accountId)
                        .setParameter("today", today)
                        .setParameter("ended", LifecycleStage.ENDED)
                        .getResultList());
        List<MeetingCalendar.Deadline> deadlines = new ArrayList<>();
        for (Object[] partnership : partnerships) {
            long partnershipId = (Long) partnership[0];
            String slug = (String) partnership[2];
            // The workspace's address less its own path: the portal's root, as the caller's request gives it.
            String base = workspaceAddress.apply(slug);
            String root = base.substring(0, base.length() - ("/w/" + slug).length());
            for (DueItem item : personalDeadlines.of(accountId, partnershipId, today)) {
                deadlines.add(new MeetingCalendar.Deadline("due-" + partnershipId + "-" + item.key().replace(':', '-')
                        + "@consortia", item.due(), "Due: " + item.title() + " (" + partnership[1] + ")", item.detail(),
                        root + AttentionItem.addressOf(item.page(), slug)));
            }
        }
        return deadlines;
    }

    private Optional<CalendarFeed> feedOf(long accountId) {
        return entityManager.createQuery("select f from CalendarFeed f where f.account.id = :account", CalendarFeed.class)
                .setParameter("account", accountId).getResultStream().findFirst();
    }
}
