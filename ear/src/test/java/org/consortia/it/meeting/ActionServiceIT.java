package org.consortia.it.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionService;
import org.consortia.identity.CallerLookup;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.listing.PageRequest;
import org.consortia.meeting.ActionFilter;
import org.consortia.meeting.ActionService;
import org.consortia.meeting.AgendaItem;
import org.consortia.meeting.AgendaService;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingAction;
import org.consortia.meeting.MeetingService;
import org.consortia.text.UkDates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Actions arising: who may record and close them, the log's filters and CSV, and the owner's attention. */
@ExtendWith(ArquillianExtension.class)
class ActionServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(ActionServiceIT.class);
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
    ActionService actions;

    @Inject
    AttentionService attention;

    @Inject
    CallerLookup callers;

    private Scenario world;
    private AgendaItem budget;
    private AgendaItem staffing;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
        Meeting draft = new Meeting();
        draft.setTitle("Partnership board");
        draft.scheduleOn(LocalDate.now().minusDays(7), LocalTime.of(10, 0), LocalTime.of(12, 0));
        draft.setVenue("Town Hall");
        Meeting meeting = asChair(() -> meetings.schedule(draft));
        budget = asChair(() -> agendas.addItem(meeting.getId(), item("Budget 2027/28", false)));
        staffing = asChair(() -> agendas.addItem(meeting.getId(), item("Staffing", true)));
    }

    private <T> T asChair(Supplier<T> work) {
        return as.inWorkspace(world.chairOfA, world.partnershipA, work);
    }

    private static AgendaItem item(String title, boolean closed) {
        AgendaItem item = new AgendaItem(null);
        item.setTitle(title);
        item.setClosedSession(closed);
        return item;
    }

    private List<String> logOf(String email, ActionFilter filter, boolean mine) {
        return as.inWorkspace(email, world.partnershipA, () -> actions.log(filter, mine,
                new PageRequest(0, 50, "dueOn", true))).items().stream()
                .map(MeetingAction::getDescription).toList();
    }

    @Test
    void theChairRecordsActionsTheOwnerClosesThemAndTheLogFiltersThem() {
        MeetingAction overdue = asChair(() -> actions.add(budget.getId(), "Circulate the budget", world.memberOfAId,
                LocalDate.now().minusDays(1)));
        MeetingAction open = asChair(() -> actions.add(budget.getId(), "Book the room", world.chairOfAId,
                LocalDate.now().plusDays(10)));
        asChair(() -> actions.add(staffing.getId(), "Confidential: interview panel", world.memberOfAId,
                LocalDate.now().plusDays(5)));

        assertEquals(List.of("Circulate the budget", "Confidential: interview panel", "Book the room"),
                logOf(world.memberOfA, ActionFilter.OPEN, false), "the soonest due first");
        assertEquals(List.of("Circulate the budget"), logOf(world.memberOfA, ActionFilter.OVERDUE, false));
        assertEquals(List.of("Circulate the budget", "Confidential: interview panel"),
                logOf(world.memberOfA, ActionFilter.OPEN, true));
        assertEquals(List.of("Circulate the budget", "Book the room"), logOf(world.observerOfA, ActionFilter.ALL, false),
                "observers do not see the actions of items taken in closed session");

        List<AttentionItem> memberAttention = as.inWorkspace(world.memberOfA, world.partnershipA,
                attention::forCurrentWorkspace);
        List<String> details = memberAttention.stream().map(AttentionItem::detail).toList();
        assertTrue(details.contains("1 action of yours is open; the next is due by "
                + UkDates.day(LocalDate.now().plusDays(5)) + "."), details.toString());
        assertTrue(memberAttention.stream().anyMatch(item -> item.title().equals("Overdue: Circulate the budget")
                && item.due().equals(LocalDate.now().minusDays(1))), "each overdue action is due on its own");
        assertTrue(as.inWorkspace(world.chairOfA, world.partnershipA, attention::forCurrentWorkspace).stream()
                .noneMatch(item -> item.title().startsWith("Overdue:")), "only from its owner");

        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> actions.markDone(open.getId(), open.getVersion())), "not theirs to close");
        MeetingAction done = as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> actions.markDone(overdue.getId(), overdue.getVersion()));
        assertEquals(LocalDate.now(UkDates.LONDON), done.getDoneOn());
        assertThrows(ConcurrentEditException.class, () -> asChair(() -> actions.markDone(overdue.getId(),
                overdue.getVersion())));
        assertEquals(List.of("Circulate the budget"), logOf(world.chairOfA, ActionFilter.DONE, false));
        assertEquals(List.of(), logOf(world.memberOfA, ActionFilter.OVERDUE, false));

        String csv = new String(as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> actions.export(ActionFilter.ALL, false)).bytes(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"Action\",\"Owner\",\"Due\",\"Done\",\"Overdue\",\"Meeting\",\"Meeting date\","
                + "\"Item\"\r\n"), csv);
        assertTrue(csv.contains("Confidential: interview panel"), "those who read closed items export them");
        String observersCsv = new String(as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> actions.export(ActionFilter.ALL, false)).bytes(), StandardCharsets.UTF_8);
        assertFalse(observersCsv.contains("Confidential"));
    }

    @Test
    void anActionWithoutAnOwnerOrADateIsRefusedAndAnotherWorkspaceFindsNothing() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> asChair(
                () -> actions.add(budget.getId(), " ", world.outsiderId, null)));
        assertEquals(List.of("description", "dueOn", "owner"), refused.messagesByField().keySet().stream().sorted()
                .toList());
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> actions.add(budget.getId(), "Planted", world.memberOfAId, LocalDate.now())));
        long observer = as.inWorkspace(world.observerOfA, world.partnershipA, () -> callers.current().accountId());
        assertEquals("Choose the person who owns the action, from those who represent a member organisation.",
                assertThrows(InvalidInputException.class, () -> asChair(() -> actions.add(staffing.getId(),
                        "Sit on the panel", observer, LocalDate.now()))).messagesByField().get("owner"),
                "an observer takes no part");
        MeetingAction action = asChair(() -> actions.add(budget.getId(), "Book the room", world.chairOfAId,
                LocalDate.now().plusDays(10)));
        assertNotNull(action.getId());
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> actions.add(budget.getId(), "Planted", world.chairOfAId, LocalDate.now())));
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> actions.markDone(action.getId(), action.getVersion())));
        assertEquals(0, as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> actions.log(ActionFilter.ALL, false, PageRequest.firstPage(50))).total());
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> actions.markDone(asChair(() -> actions.add(staffing.getId(), "Closed", world.chairOfAId,
                        LocalDate.now())).getId(), 0)), "an observer cannot reach a closed item's action");
    }
}
