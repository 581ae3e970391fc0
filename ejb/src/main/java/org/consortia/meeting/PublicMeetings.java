package org.consortia.meeting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.access.RecordNotFoundException;
import org.consortia.tenancy.AllWorkspaces;
import org.consortia.tenancy.CurrentWorkspace;

/**
 * The meetings a partnership on the public register holds in public: published agendas and signed
 * minutes of meetings open to the public, never an item taken in closed session. Open to anyone.
 */
@Stateless
public class PublicMeetings {

    /** The most meetings shown, the latest first. */
    static final int MOST_SHOWN = 20;

    private static final List<MeetingState> SHOWN = List.of(MeetingState.AGENDA_PUBLISHED, MeetingState.HELD,
            MeetingState.MINUTES_APPROVED);

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AllWorkspaces allWorkspaces;

    /**
     * The public meetings of the partnership on the register with that slug; "not found" for one that
     * is not on the register. In a transaction of its own, read under the partnership's own tenant.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<PublicMeeting> of(String slug) {
        long partnershipId = allWorkspaces.readPublicOrOwn("whether a partnership is on the public register",
                session -> session.createQuery("select p.id from Partnership p where p.slug = :slug and p.published = true",
                        Long.class).setParameter("slug", slug).getResultStream().findFirst())
                .orElseThrow(() -> new RecordNotFoundException("No such partnership on the public register."));
        return CurrentWorkspace.callIn(partnershipId, this::read);
    }

    private List<PublicMeeting> read() {
        List<Meeting> meetings = entityManager.createQuery("select m from Meeting m where m.openToPublic = true"
                        + " and m.state in :shown and (m.agendaPublishedAt is not null or m.state = :approved)"
                        + " order by m.startsAt desc, m.id desc", Meeting.class)
                .setParameter("shown", SHOWN).setParameter("approved", MeetingState.MINUTES_APPROVED)
                .setMaxResults(MOST_SHOWN).getResultList();
        if (meetings.isEmpty()) {
            return List.of();
        }
        Map<Meeting, List<AgendaItem>> agendas = new HashMap<>();
        entityManager.createQuery("select i from AgendaItem i where i.meeting in :meetings and i.closedSession = false"
                        + " order by i.position, i.id", AgendaItem.class)
                .setParameter("meetings", meetings).getResultStream()
                .forEach(item -> agendas.computeIfAbsent(item.getMeeting(), key -> new ArrayList<>()).add(item));
        Map<Meeting, PublicMeeting.SignedMinutes> minutes = signedMinutesOf(meetings, agendas);
        return meetings.stream().map(meeting -> new PublicMeeting(meeting,
                meeting.getAgendaPublishedAt() == null ? List.of() : agendas.getOrDefault(meeting, List.of()),
                minutes.get(meeting))).toList();
    }

    private Map<Meeting, PublicMeeting.SignedMinutes> signedMinutesOf(List<Meeting> meetings,
            Map<Meeting, List<AgendaItem>> agendas) {
        List<Minutes> signed = entityManager.createQuery("select m from Minutes m join fetch m.signedBy"
                + " where m.meeting in :meetings and m.signedAt is not null", Minutes.class)
                .setParameter("meetings", meetings).getResultList();
        if (signed.isEmpty()) {
            return Map.of();
        }
        List<Meeting> signedMeetings = signed.stream().map(Minutes::getMeeting).toList();
        Map<AgendaItem, String> discussions = new HashMap<>();
        entityManager.createQuery("select i from MinutesItem i where i.minutes in :signed", MinutesItem.class)
                .setParameter("signed", signed).getResultStream()
                .forEach(item -> discussions.put(item.getItem(), item.getDiscussion()));
        Map<AgendaItem, Decision> decisions = new HashMap<>();
        entityManager.createQuery("select d from Decision d where d.item.meeting in :meetings", Decision.class)
                .setParameter("meetings", signedMeetings).getResultStream()
                .forEach(decision -> decisions.put(decision.getItem(), decision));
        Map<Meeting, List<String>> present = new HashMap<>();
        Map<Meeting, List<String>> apologies = new HashMap<>();
        entityManager.createQuery("select a from Attendance a join fetch a.representative r join fetch r.account"
                        + " join fetch r.membership s join fetch s.organisation where a.meeting in :meetings order by a.id",
                        Attendance.class)
                .setParameter("meetings", signedMeetings).getResultStream().forEach(row -> {
                    String organisation = row.getRepresentative().getMembership().getOrganisation().getName();
                    if (row.attended()) {
                        present.computeIfAbsent(row.getMeeting(), key -> new ArrayList<>())
                                .add(row.attendeeName() + ", " + organisation);
                    } else if (row.getStatus() == AttendanceStatus.APOLOGIES) {
                        apologies.computeIfAbsent(row.getMeeting(), key -> new ArrayList<>())
                                .add(row.getRepresentative().getAccount().getName() + ", " + organisation);
                    }
                });
        Map<Meeting, PublicMeeting.SignedMinutes> byMeeting = new HashMap<>();
        for (Minutes minutes : signed) {
            Meeting meeting = minutes.getMeeting();
            List<PublicMeeting.Item> items = agendas.getOrDefault(meeting, List.of()).stream()
                    .map(item -> new PublicMeeting.Item(item, discussions.getOrDefault(item, ""), decisions.get(item)))
                    .toList();
            byMeeting.put(meeting, new PublicMeeting.SignedMinutes(minutes, present.getOrDefault(meeting, List.of()),
                    apologies.getOrDefault(meeting, List.of()), items));
        }
        return byMeeting;
    }
}
