package org.consortia.calendar;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.consortia.access.RecordNotFoundException;
import org.consortia.identity.Account;
import org.consortia.identity.CallerLookup;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingCalendar;
import org.consortia.tenancy.AllWorkspaces;
import org.consortia.text.Sha256;
import org.consortia.text.UkDates;

/**
 * Each person's private calendar feed of the meetings of every partnership they represent a member
 * of, from a year back: opened by the long random token in its address, without signing in, so that
 * ordinary calendar programs can subscribe. The person turns it on, renews its address, or turns it
 * off; an address renewed or turned off shows nothing at once.
 */
@Stateless
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CallerLookup callers;

    @Inject
    AllWorkspaces allWorkspaces;

    /** When the caller's feed address was made, if they have one. */
    public Optional<Instant> mine() {
        return feedOf(callers.current().accountId()).map(CalendarFeed::getCreatedAt);
    }

    /** Gives the caller a new feed address, the old one (if any) ending at once; the token, shown only now. */
    public String renew() {
        long accountId = callers.current().accountId();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Optional<CalendarFeed> existing = feedOf(accountId);
        if (existing.isPresent()) {
            existing.get().renew(Sha256.hex(token), Instant.now());
        } else {
            entityManager.persist(new CalendarFeed(entityManager.getReference(Account.class, accountId),
                    Sha256.hex(token), Instant.now()));
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
     * The feed a token opens, as iCalendar; "not found" for a token that opens none. {@code address}
     * gives a meeting's page from its workspace's slug and its id.
     */
    public byte[] feed(String token, BiFunction<String, Long, String> address) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new RecordNotFoundException("No such calendar.");
        }
        CalendarFeed feed = entityManager.createQuery("select f from CalendarFeed f join fetch f.account"
                        + " where f.tokenHash = :hash", CalendarFeed.class)
                .setParameter("hash", Sha256.hex(token)).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No such calendar."));
        long accountId = feed.getAccount().getId();
        LocalDate today = LocalDate.now(UkDates.LONDON);
        List<Object[]> rows = allWorkspaces.readPublicOrOwn("the meetings of the feed owner's own partnerships",
                session -> session.createQuery("select m, p.name, p.slug from Meeting m, Partnership p"
                                + " where p.id = m.partnershipId and m.startsAt > :since and m.partnershipId in ("
                                + " select r.partnershipId from Representative r where r.account.id = :account"
                                + " and r.endedAt is null and r.termStart <= :today"
                                + " and (r.termEnd is null or r.termEnd >= :today) and r.membership.leftOn is null"
                                + " and r.account.organisation = r.membership.organisation)"
                                + " order by m.startsAt, m.id", Object[].class)
                        .setParameter("account", accountId)
                        .setParameter("today", today)
                        .setParameter("since", ZonedDateTime.now(UkDates.LONDON).minusYears(1).toInstant())
                        .setMaxResults(2000)
                        .getResultList());
        return MeetingCalendar.of(rows.stream().map(row -> new MeetingCalendar.Event((Meeting) row[0], (String) row[1],
                address.apply((String) row[2], ((Meeting) row[0]).getId()))).toList());
    }

    private Optional<CalendarFeed> feedOf(long accountId) {
        return entityManager.createQuery("select f from CalendarFeed f where f.account.id = :account", CalendarFeed.class)
                .setParameter("account", accountId).getResultStream().findFirst();
    }
}
