package org.consortia.meeting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consortia.pdf.PageFrame;
import org.consortia.pdf.PdfFonts;
import org.consortia.text.UkDates;
import org.consortia.upload.AcceptedTypes;

/**
 * A meeting's agenda pack as one PDF: the agenda (items in order, who leads each, and each item's
 * papers), then every paper that is a PDF, in the agenda's order; papers of other types are listed
 * on the agenda to be downloaded from the portal, and a PDF that cannot be read is listed as such.
 */
final class AgendaPack {

    private AgendaPack() {
    }

    /** The pack, from the agenda as the caller may see it and the content of each PDF paper by paper id. */
    static byte[] write(String partnershipName, Agenda agenda, Map<Long, byte[]> pdfPapers) {
        List<PdfReader> readable = new ArrayList<>();
        List<Long> unreadable = new ArrayList<>();
        for (Agenda.Entry entry : agenda.entries()) {
            for (MeetingPaper paper : entry.papers()) {
                byte[] content = pdfPapers.get(paper.getId());
                if (content != null) {
                    try {
                        readable.add(new PdfReader(content));
                    } catch (IOException | RuntimeException unreadablePdf) {
                        unreadable.add(paper.getId());
                    }
                }
            }
        }
        byte[] front = agendaPages(partnershipName, agenda, unreadable);
        ByteArrayOutputStream pack = new ByteArrayOutputStream();
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, pack);
            document.addTitle("Agenda pack – " + agenda.meeting().getTitle());
            document.open();
            append(copy, new PdfReader(front));
            for (PdfReader paper : readable) {
                append(copy, paper);
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not write the agenda pack", e);
        }
        return pack.toByteArray();
    }

    private static void append(PdfCopy copy, PdfReader reader) throws IOException {
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            copy.addPage(copy.getImportedPage(reader, page));
        }
    }

    private static byte[] agendaPages(String partnershipName, Agenda agenda, List<Long> unreadable) {
        Meeting meeting = agenda.meeting();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfFonts fonts = new PdfFonts();
        try {
            PageFrame.frame(PdfWriter.getInstance(document, pdf), "Agenda – " + partnershipName, null, fonts);
            document.open();
            document.add(new Paragraph(partnershipName, fonts.bold(14)));
            document.add(new Paragraph(meeting.getTitle(), fonts.bold(20)));
            document.add(new Paragraph(UkDates.day(meeting.day()) + ", " + meeting.startTime() + " to "
                    + meeting.endTime() + " (UK time)", fonts.regular(11)));
            if (meeting.getVenue() != null) {
                document.add(new Paragraph("Venue: " + meeting.getVenue(), fonts.regular(11)));
            }
            if (meeting.getJoiningDetails() != null) {
                document.add(new Paragraph("Joining online: " + meeting.getJoiningDetails(), fonts.regular(11)));
            }
            Paragraph heading = new Paragraph("Agenda", fonts.bold(14));
            heading.setSpacingBefore(14);
            document.add(heading);
            int number = 0;
            for (Agenda.Entry entry : agenda.entries()) {
                number++;
                AgendaItem item = entry.item();
                Paragraph title = new Paragraph(number + ". " + item.getTitle()
                        + (item.isClosedSession() ? " (closed session)" : ""), fonts.bold(12));
                title.setSpacingBefore(8);
                document.add(title);
                if (item.getLead() != null) {
                    document.add(new Paragraph("Led by " + item.getLead(), fonts.italic(10)));
                }
                for (MeetingPaper paper : entry.papers()) {
                    boolean included = AcceptedTypes.PDF.equals(paper.getMediaType()) && !unreadable.contains(paper.getId());
                    document.add(new Paragraph("Paper: " + paper.getFileName() + " – " + (included ? "in this pack"
                            : unreadable.contains(paper.getId()) ? "could not be read as a PDF: download it from the portal"
                            : AcceptedTypes.PAPERS.labelOf(paper.getMediaType()) + ", to download from the portal")
                            + (agenda.late(paper) ? " (added late)" : ""), fonts.regular(10)));
                }
            }
            if (agenda.entries().isEmpty()) {
                document.add(new Paragraph("No items are on the agenda yet.", fonts.italic(10)));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the agenda", e);
        }
        return pdf.toByteArray();
    }
}
