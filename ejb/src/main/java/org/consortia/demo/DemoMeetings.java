package org.consortia.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.identity.Account;
import org.consortia.meeting.AgendaItem;
import org.consortia.meeting.Attendance;
import org.consortia.meeting.AttendanceStatus;
import org.consortia.meeting.Decision;
import org.consortia.meeting.DecisionMethod;
import org.consortia.meeting.Declaration;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingAction;
import org.consortia.meeting.MeetingKind;
import org.consortia.meeting.MeetingPaper;
import org.consortia.meeting.MeetingRules;
import org.consortia.meeting.MeetingState;
import org.consortia.meeting.Minutes;
import org.consortia.meeting.MinutesItem;
import org.consortia.meeting.PaperContent;
import org.consortia.meeting.PollAnswer;
import org.consortia.meeting.PollChoice;
import org.consortia.meeting.PollSlot;
import org.consortia.meeting.SchedulingPoll;
import org.consortia.membership.Representative;
import org.consortia.text.Sha256;
import org.consortia.upload.AcceptedTypes;

/**
 * The Community Safety Partnership's meeting rules and meetings for the demo: quarterly board
 * meetings, one held last quarter with its attendance, a decision and actions, the next one planned
 * with its agenda and a paper, and an
 * extraordinary meeting called after a serious incident. Dates follow today's.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoMeetings {

    @PersistenceContext
    EntityManager entityManager;

    /** Call inside the Community Safety Partnership's workspace. */
    public void seed() {
        MeetingRules rules = new MeetingRules();
        rules.setMinimumMeetings(4);
        rules.setAgendaNoticeDays(5);
        entityManager.persist(rules);

        LocalDate today = LocalDate.now();
        LocalDate lastQuarter = today.minusMonths(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        LocalDate nextQuarter = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        Meeting held = meeting("Partnership board", MeetingKind.ORDINARY, lastQuarter, LocalTime.of(10, 0),
                LocalTime.of(12, 0), "Town Hall, Walter Stranz Square, Redditch B98 8AH", null, true);
        held.setState(MeetingState.HELD);
        Minutes minutes = recordOf(held);
        Meeting next = meeting("Partnership board", MeetingKind.ORDINARY, nextQuarter, LocalTime.of(10, 0),
                LocalTime.of(12, 0), "Town Hall, Walter Stranz Square, Redditch B98 8AH",
                "Microsoft Teams: the link is sent with the agenda", true);
        item(next, 1, "Apologies and declarations of interest", "The chair", false);
        minutes.setApprovalItem(item(next, 2, "Minutes of the last meeting", "The chair", false));
        AgendaItem plan = item(next, 3, "Community safety plan: progress in the quarter", "Redditch Borough Council", false);
        item(next, 4, "Case review: repeat victims of anti-social behaviour", "West Mercia Police", true);
        paper(plan, "Community safety plan progress.pdf", "Community safety plan: progress in the quarter",
                "Progress against the plan's priorities, with the figures for the quarter.");
        Meeting extraordinary = meeting("Response to the town centre disorder", MeetingKind.EXTRAORDINARY,
                today.minusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)), LocalTime.of(14, 0),
                LocalTime.of(15, 0), null, "Microsoft Teams: the link was sent by e-mail", false);
        extraordinary.setConvenedBy("The chair, at the request of West Mercia Police");
        extraordinary.setConvenedBecause("To agree the partners' joint response to the disorder of the weekend before.");
        extraordinary.setState(MeetingState.HELD);
        pollFor(today.plusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)));
    }

    /** A poll for a workshop in the week of the day given, answered by most representatives. */
    private void pollFor(LocalDate tuesday) {
        SchedulingPoll poll = new SchedulingPoll("Annual review workshop");
        entityManager.persist(poll);
        List<PollSlot> slots = List.of(new PollSlot(poll, tuesday, LocalTime.of(10, 0), LocalTime.of(12, 30)),
                new PollSlot(poll, tuesday.plusDays(1), LocalTime.of(14, 0), LocalTime.of(16, 30)),
                new PollSlot(poll, tuesday.plusDays(2), LocalTime.of(9, 30), LocalTime.of(12, 0)));
        slots.forEach(entityManager::persist);
        PollChoice[][] answers = {
            {PollChoice.YES, PollChoice.NO, PollChoice.YES},
            {PollChoice.IF_NEED_BE, PollChoice.YES, PollChoice.YES},
            {PollChoice.NO, PollChoice.YES, PollChoice.IF_NEED_BE}};
        int next = 0;
        for (Representative representative : entityManager.createQuery("select r from Representative r"
                + " order by r.id", Representative.class).getResultList()) {
            if (representative.isInOfficeOn(LocalDate.now()) && next < answers.length) {
                for (int slot = 0; slot < slots.size(); slot++) {
                    entityManager.persist(new PollAnswer(slots.get(slot), representative, answers[next][slot]));
                }
                next++;
            }
        }
    }

    /**
     * What happened at the board last quarter: who came (one substitute, one apology), an interest
     * declared, a decision agreed, two actions, one done and one still open, and the draft minutes.
     */
    private Minutes recordOf(Meeting held) {
        AgendaItem apologies = item(held, 1, "Apologies and declarations of interest", "The chair", false);
        AgendaItem hotspots = item(held, 2, "Anti-social behaviour hotspots for the summer", "West Mercia Police", false);
        Map<String, Attendance> byEmail = new HashMap<>();
        for (Representative representative : entityManager.createQuery("select r from Representative r"
                + " join fetch r.account", Representative.class).getResultList()) {
            if (!representative.isInOfficeOn(held.day())) {
                continue;
            }
            Attendance attendance = new Attendance(held, representative);
            String email = representative.getAccount().getEmail();
            attendance.setStatus(email.startsWith("elected.member") ? AttendanceStatus.APOLOGIES
                    : email.startsWith("member@") ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT);
            if (email.startsWith("member@")) {
                attendance.setSubstitute("Dr Priya Shah");
            }
            entityManager.persist(attendance);
            byEmail.put(email, attendance);
        }
        if (byEmail.containsKey("vice.chair@consortia.test")) {
            Declaration declaration = new Declaration(hotspots, byEmail.get("vice.chair@consortia.test"));
            declaration.setNature("Manages two of the housing estates named in the report.");
            entityManager.persist(declaration);
        }
        Decision decision = new Decision(hotspots);
        decision.setResolution("To fund extra patrols and youth outreach at the three hotspots from June to September.");
        decision.setMethod(DecisionMethod.CONSENSUS);
        decision.setQuorateWhenRecorded(true);
        entityManager.persist(decision);
        Account officer = accountOf("officer@consortia.test");
        MeetingAction costed = new MeetingAction(hotspots, "Cost the extra patrols with the police", officer,
                held.day().plusWeeks(3));
        costed.markDone(held.day().plusWeeks(2));
        entityManager.persist(costed);
        entityManager.persist(new MeetingAction(hotspots, "Report back on the summer's figures",
                accountOf("member@consortia.test"), LocalDate.now().plusWeeks(2)));
        Minutes minutes = new Minutes(held);
        entityManager.persist(minutes);
        minuted(minutes, apologies, "<p>The chair welcomed Dr Priya Shah, attending in place of a member"
                + " who could not come. The declaration below was noted.</p>");
        minuted(minutes, hotspots, "<p>The police presented the <strong>three hotspots</strong> for the summer:"
                + " the town centre, Church Hill and Winyates. Partners asked that youth outreach start before the"
                + " school holidays.</p>");
        return minutes;
    }

    private void minuted(Minutes minutes, AgendaItem item, String discussion) {
        MinutesItem minuted = new MinutesItem(minutes, item);
        minuted.setDiscussion(discussion);
        entityManager.persist(minuted);
    }

    private Account accountOf(String email) {
        return entityManager.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", email).getSingleResult();
    }

    private AgendaItem item(Meeting meeting, int position, String title, String lead, boolean closed) {
        AgendaItem item = new AgendaItem(meeting);
        item.setPosition(position);
        item.setTitle(title);
        item.setLead(lead);
        item.setClosedSession(closed);
        entityManager.persist(item);
        return item;
    }

    private void paper(AgendaItem item, String fileName, String heading, String text) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, pdf);
        document.open();
        document.add(new Paragraph(heading));
        document.add(new Paragraph(text));
        document.close();
        PaperContent content = new PaperContent(pdf.toByteArray());
        entityManager.persist(content);
        entityManager.flush();
        MeetingPaper paper = new MeetingPaper(item);
        paper.holdFile(fileName, AcceptedTypes.PDF, content, Sha256.hex(content.getBytes()), Instant.now());
        entityManager.persist(paper);
    }

    private Meeting meeting(String title, MeetingKind kind, LocalDate day, LocalTime start, LocalTime end, String venue,
            String joining, boolean open) {
        Meeting meeting = new Meeting();
        meeting.setTitle(title);
        meeting.setKind(kind);
        meeting.scheduleOn(day, start, end);
        meeting.setVenue(venue);
        meeting.setJoiningDetails(joining);
        meeting.setOpenToPublic(open);
        entityManager.persist(meeting);
        return meeting;
    }
}
