package org.consortia.it.meeting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionService;
import org.consortia.export.Download;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryService;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.meeting.Agenda;
import org.consortia.meeting.AgendaItem;
import org.consortia.meeting.AgendaService;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingPaper;
import org.consortia.meeting.MeetingService;
import org.consortia.meeting.MeetingState;
import org.consortia.membership.WorkspaceRole;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.text.Sha256;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Agendas and papers: keeping them, who may, what observers see, and every refused file. */
@ExtendWith(ArquillianExtension.class)
class AgendaServiceIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(AgendaServiceIT.class);
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
    AttentionService attention;

    @Inject
    HistoryService history;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    private Meeting meetingInA(LocalDate day) {
        Meeting draft = new Meeting();
        draft.setTitle("Partnership board");
        draft.scheduleOn(day, LocalTime.of(10, 0), LocalTime.of(12, 0));
        draft.setVenue("Town Hall");
        return as.inWorkspace(world.chairOfA, world.partnershipA, () -> meetings.schedule(draft));
    }

    private static AgendaItem item(String title, boolean closed) {
        AgendaItem item = new AgendaItem(null);
        item.setTitle(title);
        item.setLead("Jane Smith");
        item.setClosedSession(closed);
        return item;
    }

    private AgendaItem add(String email, Meeting meeting, String title, boolean closed) {
        return as.inWorkspace(email, world.partnershipA, () -> agendas.addItem(meeting.getId(), item(title, closed)));
    }

    private Agenda agendaAs(String email, Meeting meeting) {
        return as.inWorkspace(email, world.partnershipA, () -> agendas.read(meeting.getId()));
    }

    private static List<String> titles(Agenda agenda) {
        return agenda.entries().stream().map(entry -> entry.item().getTitle()).toList();
    }

    private MeetingPaper paper(AgendaItem item, String name, byte[] content) {
        return as.inWorkspace(world.chairOfA, world.partnershipA, () -> agendas.addPaper(item.getId(), name, content));
    }

    @Test
    void theChairKeepsTheAgendaInOrderAndObserversSeeOnlyOpenItems() {
        Meeting meeting = meetingInA(LocalDate.now().plusDays(40));
        AgendaItem minutes = add(world.chairOfA, meeting, "Minutes of the last meeting", false);
        AgendaItem budget = add(world.chairOfA, meeting, "Budget 2027/28", false);
        AgendaItem staffing = add(world.chairOfA, meeting, "Staffing", true);
        assertEquals(List.of("Minutes of the last meeting", "Budget 2027/28", "Staffing"),
                titles(agendaAs(world.memberOfA, meeting)));

        as.inWorkspace(world.chairOfA, world.partnershipA, () -> agendas.move(staffing.getId(), staffing.getVersion(), true));
        assertEquals(List.of("Minutes of the last meeting", "Staffing", "Budget 2027/28"),
                titles(agendaAs(world.memberOfA, meeting)));

        Agenda observed = agendaAs(world.observerOfA, meeting);
        assertEquals(List.of("Minutes of the last meeting", "Budget 2027/28"), titles(observed));
        assertTrue(observed.closedItemsHidden());
        assertFalse(observed.mayManage());

        assertThrows(AccessDeniedException.class, () -> add(world.memberOfA, meeting, "Any other business", false));
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> agendas.addPaper(budget.getId(), "budget.pdf", PDF)));

        AgendaItem edited = agendaAs(world.chairOfA, meeting).entries().get(0).item();
        edited.setTitle("Minutes of the meeting of 4 March");
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> agendas.updateItem(edited));
        AgendaItem stale = minutes;
        stale.setTitle("Minutes");
        assertThrows(ConcurrentEditException.class,
                () -> as.inWorkspace(world.chairOfA, world.partnershipA, () -> agendas.updateItem(stale)));
        assertEquals("Minutes of the meeting of 4 March", titles(agendaAs(world.memberOfA, meeting)).get(0));

        InvalidInputException untitled = assertThrows(InvalidInputException.class,
                () -> add(world.chairOfA, meeting, " ", false));
        assertEquals("Enter a title for the agenda item.", untitled.messagesByField().get("title"));
        assertEquals(3, agendaAs(world.chairOfA, meeting).entries().size(), "nothing was added");
    }

    @Test
    void aPaperIsStoredWithItsFingerprintAndAReplacementKeepsTheEarlierVersion() {
        Meeting meeting = meetingInA(LocalDate.now().plusDays(40));
        AgendaItem budget = add(world.chairOfA, meeting, "Budget 2027/28", false);
        MeetingPaper first = paper(budget, "Budget draft.pdf", PDF);
        assertEquals("application/pdf", first.getMediaType());
        assertEquals(Sha256.hex(PDF), first.getSha256());
        assertEquals(PDF.length, first.getSizeBytes());

        byte[] revised = (new String(PDF, StandardCharsets.US_ASCII) + "% revised\n").getBytes(StandardCharsets.US_ASCII);
        MeetingPaper second = as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> agendas.replacePaper(first.getId(), first.getVersion(), "Budget final.pdf", revised));
        assertEquals("Budget final.pdf", second.getFileName());
        assertThrows(ConcurrentEditException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> agendas.replacePaper(first.getId(), first.getVersion(), "Budget other.pdf", PDF)));

        Download latest = as.inWorkspace(world.memberOfA, world.partnershipA, () -> agendas.download(first.getId(), null));
        assertArrayEquals(revised, latest.content());
        assertEquals("paper-" + first.getId() + "-budget-final.pdf", latest.fileName());
        assertEquals("application/pdf", latest.mediaType());
        int firstRevision = as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> history.historyOf(HistoricRecord.MEETING_PAPER, first.getId())).get(0).revision();
        Download earlier = as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> agendas.download(first.getId(), firstRevision));
        assertArrayEquals(PDF, earlier.content(), "the first version is kept");
        assertEquals(List.of(first.getId()), agendaAs(world.memberOfA, meeting).entries().get(0).papers().stream()
                .map(MeetingPaper::getId).toList(), "one paper, in its latest version");
    }

    @Test
    void everyUnsafeFileIsRefusedAndNothingIsStored() throws IOException {
        Meeting meeting = meetingInA(LocalDate.now().plusDays(40));
        AgendaItem budget = add(world.chairOfA, meeting, "Budget 2027/28", false);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream archive = new ZipOutputStream(zip)) {
            archive.putNextEntry(new ZipEntry("payload.exe"));
            archive.write(new byte[] {'M', 'Z', 0, 0});
            archive.closeEntry();
        }
        List<String> refusals = List.of(
                refusal(budget, "budget.pdf", zip.toByteArray()),
                refusal(budget, "budget.pdf", new byte[0]),
                refusal(budget, "../../budget.pdf", PDF),
                refusal(budget, "budget\u0007.pdf", PDF),
                refusal(budget, "budget.docx", PDF),
                refusal(budget, "page.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(6, refusals.stream().filter(message -> !message.isBlank()).count(), refusals.toString());
        assertTrue(agendaAs(world.chairOfA, meeting).entries().get(0).papers().isEmpty(), "nothing was stored");
    }

    @Test
    void theAgendaPackHoldsTheAgendaThenEveryReadablePdfPaperAndOnlyWhatTheReaderMaySee() throws Exception {
        Meeting meeting = meetingInA(LocalDate.now().plusDays(40));
        AgendaItem budget = add(world.chairOfA, meeting, "Budget 2027/28", false);
        AgendaItem staffing = add(world.chairOfA, meeting, "Staffing review", true);
        paper(budget, "Budget.pdf", onePagePdf("The budget in figures"));
        paper(budget, "Broken.pdf", PDF);
        paper(staffing, "Staffing.pdf", onePagePdf("Confidential staffing paper"));

        Download pack = as.inWorkspace(world.memberOfA, world.partnershipA, () -> agendas.pack(meeting.getId()));
        assertEquals("application/pdf", pack.mediaType());
        PdfReader read = new PdfReader(pack.content());
        assertEquals(3, read.getNumberOfPages(), "the agenda, then the two readable papers");
        String agendaPage = new PdfTextExtractor(read).getTextFromPage(1);
        assertTrue(agendaPage.contains("Budget 2027/28") && agendaPage.contains("Staffing review"), agendaPage);
        assertTrue(agendaPage.contains("Broken.pdf – could not be read as a PDF"), agendaPage);
        assertTrue(new PdfTextExtractor(read).getTextFromPage(3)
                .contains("Confidential staffing paper"));

        Download observed = as.inWorkspace(world.observerOfA, world.partnershipA, () -> agendas.pack(meeting.getId()));
        PdfReader forObserver = new PdfReader(observed.content());
        assertEquals(2, forObserver.getNumberOfPages(), "the closed item's paper is left out");
        assertFalse(new PdfTextExtractor(forObserver).getTextFromPage(1)
                .contains("Staffing review"));
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB,
                () -> agendas.pack(meeting.getId())));
    }

    private static byte[] onePagePdf(String text) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, pdf);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return pdf.toByteArray();
    }

    private String refusal(AgendaItem item, String name, byte[] content) {
        return assertThrows(InvalidInputException.class, () -> paper(item, name, content)).messagesByField().get("file");
    }

    @Test
    void anObserverCannotReachAClosedItemsPaperByAnyRoute() {
        Meeting meeting = meetingInA(LocalDate.now().plusDays(40));
        AgendaItem open = add(world.chairOfA, meeting, "Budget 2027/28", false);
        AgendaItem closed = add(world.chairOfA, meeting, "Staffing", true);
        MeetingPaper openPaper = paper(open, "budget.pdf", PDF);
        MeetingPaper closedPaper = paper(closed, "staffing.pdf", PDF);
        assertArrayEquals(PDF, as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> agendas.download(openPaper.getId(), null)).content());
        assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> agendas.download(closedPaper.getId(), null)));
        assertArrayEquals(PDF, as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> agendas.download(closedPaper.getId(), null)).content());
        for (HistoricRecord record : List.of(HistoricRecord.MEETING_PAPER, HistoricRecord.AGENDA_ITEM)) {
            long id = record == HistoricRecord.AGENDA_ITEM ? closed.getId() : closedPaper.getId();
            assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.observerOfA, world.partnershipA,
                    () -> history.historyOf(record, id)), "an item's history would tell what it was about");
        }
        assertFalse(agendaAs(world.observerOfA, meeting).readsClosedItems());
    }

    @Test
    void anotherWorkspacesAgendaAndPapersAreNotFound() {
        Meeting meeting = meetingInA(LocalDate.now().plusDays(40));
        AgendaItem budget = add(world.chairOfA, meeting, "Budget 2027/28", false);
        MeetingPaper paper = paper(budget, "budget.pdf", PDF);
        List<Runnable> fromB = List.of(
                () -> agendas.read(meeting.getId()),
                () -> agendas.addItem(meeting.getId(), item("Planted", false)),
                () -> agendas.updateItem(budget),
                () -> agendas.move(budget.getId(), budget.getVersion(), true),
                () -> agendas.removeItem(budget.getId(), budget.getVersion()),
                () -> agendas.addPaper(budget.getId(), "planted.pdf", PDF),
                () -> agendas.replacePaper(paper.getId(), paper.getVersion(), "planted.pdf", PDF),
                () -> agendas.download(paper.getId(), null),
                () -> agendas.publish(meeting.getId(), meeting.getVersion()));
        for (Runnable attempt : fromB) {
            assertThrows(RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB, world.partnershipB, attempt));
        }
        assertEquals(List.of("Budget 2027/28"), titles(agendaAs(world.memberOfA, meeting)));
    }

    @Test
    void publishingFreezesTheOrderTellsEveryoneAndLatePapersAreFlagged() {
        String secretariat = "secretariat-" + world.tag + "@example.org";
        long id = fixtures.account(secretariat, world.partner);
        CurrentWorkspace.callIn(world.partnershipA, () -> fixtures.representative(world.partnerMembershipOfA, id,
                WorkspaceRole.SECRETARIAT));
        Meeting soon = meetingInA(LocalDate.now().plusDays(2));
        assertEquals("Add at least one item before publishing the agenda.", assertThrows(InvalidInputException.class,
                () -> as.inWorkspace(secretariat, world.partnershipA, () -> agendas.publish(soon.getId(),
                        soon.getVersion()))).messagesByField().get("publish"));
        assertTrue(attentionOf(world.chairOfA).contains("Agenda overdue: Partnership board"),
                "five clear days' notice cannot be given for a meeting in two days");
        assertFalse(attentionOf(world.memberOfA).contains("Agenda overdue: Partnership board"));

        AgendaItem budget = add(secretariat, soon, "Budget 2027/28", false);
        AgendaItem any = add(secretariat, soon, "Any other business", false);
        Meeting published = as.inWorkspace(secretariat, world.partnershipA,
                () -> agendas.publish(soon.getId(), soon.getVersion()));
        assertEquals(MeetingState.AGENDA_PUBLISHED, published.getState());
        Agenda agenda = agendaAs(world.chairOfA, soon);
        assertTrue(agenda.publishedLate());
        assertFalse(agenda.orderOpen());
        assertTrue(attentionOf(world.memberOfA).contains("Agenda published: Partnership board"));
        assertTrue(attentionOf(world.chairOfA).contains("Papers late: Partnership board"));

        assertThrows(InvalidInputException.class, () -> add(secretariat, soon, "Late item", false));
        assertThrows(InvalidInputException.class, () -> as.inWorkspace(secretariat, world.partnershipA,
                () -> agendas.move(any.getId(), any.getVersion(), true)));
        assertThrows(InvalidInputException.class, () -> as.inWorkspace(secretariat, world.partnershipA,
                () -> agendas.publish(soon.getId(), published.getVersion())));
        MeetingPaper late = paper(budget, "budget.pdf", PDF);
        assertTrue(agendaAs(world.memberOfA, soon).late(late), "a paper after the notice is marked late");

        Meeting later = meetingInA(LocalDate.now().plusDays(40));
        add(world.chairOfA, later, "Budget 2027/28", false);
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> agendas.publish(later.getId(), later.getVersion()));
        assertFalse(agendaAs(world.chairOfA, later).publishedLate());
    }

    private List<String> attentionOf(String email) {
        return as.inWorkspace(email, world.partnershipA, attention::forCurrentWorkspace).stream()
                .map(AttentionItem::title).toList();
    }
}
