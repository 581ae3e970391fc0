package org.consortia.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.attention.AttentionService;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.PdfText;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.meeting.ActionService;
import org.consortia.meeting.AgendaItem;
import org.consortia.meeting.AgendaService;
import org.consortia.meeting.AttendanceEntry;
import org.consortia.meeting.AttendanceStatus;
import org.consortia.meeting.Decision;
import org.consortia.meeting.DecisionMethod;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingRecordService;
import org.consortia.meeting.MeetingService;
import org.consortia.meeting.MeetingState;
import org.consortia.meeting.Minutes;
import org.consortia.meeting.MinutesDocument;
import org.consortia.meeting.MinutesItem;
import org.consortia.meeting.MinutesService;
import org.consortia.meeting.MinutesSigning;
import org.consortia.meeting.PublicMeeting;
import org.consortia.meeting.PublicMeetings;
import org.consortia.notification.OutboxMessage;
import org.consortia.saving.TextConflictException;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Minutes drafted from the meeting's record, co-edited item by item without lost text, approved at a
 * later meeting, signed by the chair with their password, locked, and corrected only with a reason
 * that voids the signature.
 */
@ExtendWith(ArquillianExtension.class)
class MinutesServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(MinutesServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    MeetingService meetings;

    @Inject
    AgendaService agendas;

    @Inject
    MeetingRecordService records;

    @Inject
    ActionService actions;

    @Inject
    MinutesService minutes;

    @Inject
    MinutesSigning signing;

    @Inject
    PublicMeetings publicMeetings;

    @Inject
    AttentionService attention;

    private Scenario world;
    private Meeting held;
    private AgendaItem budget;
    private AgendaItem closed;

    @BeforeEach
    void holdAMeeting() {
        world = new Scenario(fixtures);
        held = meeting("Partnership board", LocalDate.now().minusDays(14));
        budget = asChair(() -> agendas.addItem(held.getId(), item("Budget 2027/28", false)));
        closed = asChair(() -> agendas.addItem(held.getId(), item("Staffing of the hub", true)));
        everyonePresentAt(held);
        asChair(() -> records.recordDecision(budget.getId(), consensus("The budget is agreed."), null));
        asChair(() -> actions.add(budget.getId(), "Send the budget to the members", world.memberOfAId,
                LocalDate.now().plusDays(30)));
        Meeting stored = asChair(() -> records.read(held.getId())).meeting();
        held = asChair(() -> meetings.recordHeld(held.getId(), stored.getVersion()));
    }

    private Meeting meeting(String title, LocalDate day) {
        Meeting draft = new Meeting();
        draft.setTitle(title);
        draft.scheduleOn(day, LocalTime.of(10, 0), LocalTime.of(12, 0));
        draft.setVenue("Town Hall");
        draft.setOpenToPublic(true);
        return asChair(() -> meetings.schedule(draft));
    }

    private void everyonePresentAt(Meeting meeting) {
        List<AttendanceEntry> present = asChair(() -> records.read(meeting.getId())).attendance().stream()
                .map(row -> new AttendanceEntry(row.getRepresentative().getId(), AttendanceStatus.PRESENT, null, null))
                .toList();
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> records.recordAttendance(meeting.getId(), present));
    }

    private static AgendaItem item(String title, boolean closedSession) {
        AgendaItem item = new AgendaItem(null);
        item.setTitle(title);
        item.setClosedSession(closedSession);
        return item;
    }

    private static Decision consensus(String resolution) {
        Decision decision = new Decision(null);
        decision.setResolution(resolution);
        decision.setMethod(DecisionMethod.CONSENSUS);
        return decision;
    }

    private <T> T asChair(Supplier<T> work) {
        return as.inWorkspace(world.chairOfA, world.partnershipA, work);
    }

    private MinutesDocument read() {
        return asChair(() -> minutes.read(held.getId()));
    }

    /** Puts the minutes to a later meeting (held yesterday) and records its decision on them. */
    private void approveAtALaterMeeting(Decision decision) {
        Meeting later = meeting("Next board", LocalDate.now().minusDays(1));
        AgendaItem approval = asChair(() -> minutes.putForApproval(held.getId(), later.getId()));
        everyonePresentAt(later);
        asChair(() -> records.recordDecision(approval.getId(), decision, null));
    }

    private boolean chairIsAskedToSign() {
        return asChair(() -> attention.forCurrentWorkspace()).stream()
                .anyMatch(item -> item.title().equals("Minutes to sign: Partnership board"));
    }

    private Minutes sign(String password) {
        String hash = read().contentHash();
        return asChair(() -> signing.sign(held.getId(), password, null, hash));
    }

    @Test
    void theRepresentativesAreToldOnceThatTheMinutesAreReadyToApprove() {
        Meeting later = meeting("Next board", LocalDate.now().plusDays(7));
        asChair(() -> minutes.putForApproval(held.getId(), later.getId()));

        List<OutboxMessage> told = fixtures.mailTo(world.memberOfA, "minutes-to-approve:");
        assertEquals(1, told.size());
        assertEquals("Minutes to approve: Partnership board on " + UkDates.day(held.day()), told.get(0).getSubject());
        assertTrue(told.get(0).getTextBody().contains("at Next board on " + UkDates.day(later.day())),
                told.get(0).getTextBody());
        assertTrue(told.get(0).getTextBody().contains("/w/" + world.slugA + "/minutes?meeting=" + held.getId()),
                told.get(0).getTextBody());
        for (String untold : List.of(world.chairOfA, world.observerOfA, world.outsider, world.chairOfB)) {
            assertTrue(fixtures.mailTo(untold, "minutes-to-approve:").isEmpty(),
                    untold + " put them for approval, only watches, or is no representative here");
        }
        assertThrows(InvalidInputException.class, () -> asChair(() -> minutes.putForApproval(held.getId(),
                later.getId())));
        assertEquals(1, fixtures.mailTo(world.memberOfA, "minutes-to-approve:").size(), "a refusal tells nobody");
    }

    @Test
    void theMinutesAreDraftedFromTheRecordWithTheDiscussionSanitised() {
        MinutesDocument before = read();
        assertTrue(before.drafted());
        assertEquals(3, before.record().attendees().size(), "the chair, the member and the observer");
        assertEquals("The budget is agreed.", before.record().items().get(0).decision().getResolution());
        assertEquals("Send the budget to the members", before.actionsOf(budget).get(0).getDescription());
        assertNull(before.discussionOf(budget));

        asChair(() -> minutes.saveDiscussion(budget.getId(), -1,
                "<p>The treasurer <strong>presented</strong> the budget.</p><script>alert(1)</script>"));

        MinutesItem saved = read().discussionOf(budget);
        assertEquals("<p>The treasurer <strong>presented</strong> the budget.</p>", saved.getDiscussion());
        assertNotEquals(before.contentHash(), read().contentHash(), "the discussion is part of what is signed");
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedWithBothTextsAndNothingSaved() {
        MinutesItem first = asChair(() -> minutes.saveDiscussion(budget.getId(), -1, "<p>First words.</p>"));
        asChair(() -> minutes.saveDiscussion(budget.getId(), first.getVersion(), "<p>Their words.</p>"));

        TextConflictException clash = assertThrows(TextConflictException.class, () -> asChair(
                () -> minutes.saveDiscussion(budget.getId(), first.getVersion(), "<p>My words.</p>")));

        assertEquals("<p>Their words.</p>", clash.theirContent());
        assertEquals("<p>My words.</p>", clash.yourContent());
        assertEquals("<p>Their words.</p>", read().discussionOf(budget).getDiscussion());
        asChair(() -> minutes.saveDiscussion(budget.getId(), clash.theirVersion(), "<p>Their words. My words.</p>"));
        assertEquals("<p>Their words. My words.</p>", read().discussionOf(budget).getDiscussion());
        assertThrows(RecordNotFoundException.class, () -> asChair(() -> minutes.saveDiscussion(closed.getId(), 0,
                "<p>Not yet minuted, so there is no version 0.</p>")));
    }

    @Test
    void aMeetingNotYetHeldHasNoMinutesToDraft() {
        Meeting next = meeting("Planning day", LocalDate.now().plusDays(10));
        AgendaItem item = asChair(() -> agendas.addItem(next.getId(), item("Welcome", false)));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> asChair(() -> minutes.saveDiscussion(item.getId(), -1, "<p>Too early.</p>")));

        assertEquals("Minutes are drafted once the meeting has been recorded as held.",
                refused.messagesByField().get("discussion"));
        assertFalse(asChair(() -> minutes.read(next.getId())).drafted());
    }

    @Test
    void theChairSignsOnlyApprovedMinutesWithTheirPasswordAndTheTextTheyRead() {
        InvalidInputException notApproved = assertThrows(InvalidInputException.class, () -> sign(Fixtures.PASSWORD));
        assertTrue(notApproved.getMessage().contains("not been approved"), notApproved.getMessage());

        assertFalse(chairIsAskedToSign());
        approveAtALaterMeeting(consensus("The minutes are approved as a true record."));
        assertTrue(read().approved());
        assertTrue(read().maySign());
        assertTrue(chairIsAskedToSign(), "the chair is asked to sign once the minutes are approved");
        assertFalse(as.inWorkspace(world.memberOfA, world.partnershipA, () -> attention.forCurrentWorkspace()).stream()
                .anyMatch(item -> item.title().startsWith("Minutes to sign")), "only the chair signs");

        assertThrows(InvalidInputException.class, () -> sign("not the password"));
        assertFalse(read().signed());
        String shown = read().contentHash();
        asChair(() -> minutes.saveDiscussion(budget.getId(), -1, "<p>Added after the chair read them.</p>"));
        InvalidInputException changed = assertThrows(InvalidInputException.class,
                () -> asChair(() -> signing.sign(held.getId(), Fixtures.PASSWORD, null, shown)));
        assertTrue(changed.getMessage().contains("changed after you opened them"), changed.getMessage());
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> signing.sign(held.getId(), Fixtures.PASSWORD, null, read().contentHash())));

        Minutes signed = sign(Fixtures.PASSWORD);
        assertFalse(chairIsAskedToSign(), "signed minutes need no more");

        MinutesDocument after = read();
        assertTrue(after.signed());
        assertEquals(after.contentHash(), signed.getSignedHash());
        assertEquals(MeetingState.MINUTES_APPROVED, after.meeting().getState());
        assertFalse(after.mayDraft());
        assertThrows(InvalidInputException.class,
                () -> asChair(() -> minutes.saveDiscussion(budget.getId(), after.discussionOf(budget).getVersion(),
                        "<p>A change after signing.</p>")));
        assertThrows(InvalidInputException.class,
                () -> asChair(() -> records.recordDecision(budget.getId(), consensus("Changed."),
                        after.record().items().get(0).decision().getVersion())));
    }

    @Test
    void minutesMerelyNotedByAnInquorateMeetingAreNotApproved() {
        Decision noted = new Decision(null);
        noted.setResolution("The minutes were noted.");
        noted.setNotedNotDecided(true);
        approveAtALaterMeeting(noted);

        assertFalse(read().approved());
        assertFalse(read().maySign());
        assertThrows(InvalidInputException.class, () -> sign(Fixtures.PASSWORD));
    }

    @Test
    void aCorrectionAfterSigningNeedsAReasonAndVoidsTheSignatureUntilSignedAgain() {
        approveAtALaterMeeting(consensus("Approved as a true record."));
        sign(Fixtures.PASSWORD);

        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> asChair(() -> minutes.correct(held.getId(), "  ")));
        assertEquals("Say why the signed minutes are being corrected.", noReason.messagesByField().get("reason"));
        assertThrows(InvalidInputException.class,
                () -> asChair(() -> minutes.correct(held.getId(), "<script>alert(1)</script>")));
        assertTrue(read().signed(), "a refused correction changes nothing");

        asChair(() -> minutes.correct(held.getId(), "The treasurer's name was misspelt."));

        MinutesDocument corrected = read();
        assertFalse(corrected.signed());
        assertEquals(2, corrected.minutes().getRevision());
        assertEquals("The treasurer's name was misspelt.", corrected.minutes().getCorrectionReason());
        assertEquals(MeetingState.HELD, corrected.meeting().getState());
        asChair(() -> minutes.saveDiscussion(budget.getId(), -1, "<p>The treasurer, Ms Smyth, presented.</p>"));
        Minutes signedAgain = sign(Fixtures.PASSWORD);
        assertTrue(read().signed());
        assertEquals(2, signedAgain.getRevision());
    }

    @Test
    void observersReadTheOpenItemsOnlyAndDraftNothing() {
        asChair(() -> minutes.saveDiscussion(closed.getId(), -1, "<p>Confidential staffing matters.</p>"));
        MinutesDocument observed = as.inWorkspace(world.observerOfA, world.partnershipA, () -> minutes.read(held.getId()));

        assertEquals(List.of("Budget 2027/28"), observed.record().items().stream()
                .map(itemRecord -> itemRecord.item().getTitle()).toList());
        assertNull(observed.contentHash(), "the hash covers closed items, so observers are not given it");
        assertFalse(observed.mayDraft());
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> minutes.saveDiscussion(budget.getId(), -1, "<p>An observer's words.</p>")));

        byte[] observersPdf = as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> minutes.exportPdf(held.getId())).content();
        byte[] chairsPdf = asChair(() -> minutes.exportPdf(held.getId())).content();
        String observersText = PdfText.of(observersPdf);
        String chairsText = PdfText.of(chairsPdf);
        assertTrue(chairsText.contains("Minutes of Partnership board"), chairsText);
        assertTrue(chairsText.contains("Confidential staffing matters."), chairsText);
        assertTrue(chairsText.contains("Send the budget to the members"), chairsText);
        assertTrue(observersText.contains("Budget 2027/28"), observersText);
        assertFalse(observersText.contains("Staffing of the hub"), observersText);
        assertFalse(observersText.contains("Confidential"), observersText);
    }

    @Test
    void signedMinutesOfAPublicMeetingAreOnThePublicRegisterWithoutClosedItems() {
        asChair(() -> minutes.saveDiscussion(budget.getId(), -1, "<p>The treasurer presented the budget.</p>"));
        asChair(() -> minutes.saveDiscussion(closed.getId(), -1, "<p>Confidential staffing matters.</p>"));
        Meeting chairs = meeting("Chairs' meeting", LocalDate.now().plusDays(3));
        asChair(() -> agendas.addItem(chairs.getId(), item("Chairs only", false)));
        asChair(() -> agendas.publish(chairs.getId(), asChair(() -> records.read(chairs.getId())).meeting().getVersion()));
        assertEquals(List.of(), publicMeetings.of(world.slugA).stream()
                .filter(shown -> shown.meeting().getId().equals(held.getId())).toList(), "unsigned minutes are not public");

        approveAtALaterMeeting(consensus("Approved as a true record."));
        sign(Fixtures.PASSWORD);

        List<PublicMeeting> shown = publicMeetings.of(world.slugA);
        PublicMeeting board = shown.stream().filter(meeting -> meeting.meeting().getId().equals(held.getId()))
                .findFirst().orElseThrow();
        assertEquals(List.of("Budget 2027/28"), board.minutes().items().stream()
                .map(minuted -> minuted.item().getTitle()).toList());
        assertEquals("<p>The treasurer presented the budget.</p>", board.minutes().items().get(0).discussion());
        assertEquals("The budget is agreed.", board.minutes().items().get(0).decision().getResolution());
        assertEquals(3, board.minutes().present().size());
        assertTrue(shown.stream().anyMatch(meeting -> meeting.meeting().getTitle().equals("Chairs' meeting")),
                "a published agenda of a public meeting");
        assertThrows(RecordNotFoundException.class, () -> publicMeetings.of(world.slugB), "B is not on the register");
    }

    @Test
    void anotherWorkspacesMinutesAreNotFound() {
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> minutes.read(held.getId())));
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> minutes.saveDiscussion(budget.getId(), -1, "<p>From elsewhere.</p>")));
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> minutes.exportPdf(held.getId())));
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> signing.sign(held.getId(), Fixtures.PASSWORD, null, "0".repeat(64))));
        assertNull(read().minutes(), "nothing was made for them");
    }
}
