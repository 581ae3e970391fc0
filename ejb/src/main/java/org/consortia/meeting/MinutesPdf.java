package org.consortia.meeting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.consortia.pdf.PageFrame;
import org.consortia.pdf.PdfFonts;
import org.consortia.pdf.RichTextPdf;
import org.consortia.text.UkDates;

/**
 * The minutes as a PDF laid out as minutes are: the meeting, who was present, apologies, who else
 * attended, then each item with its declarations, discussion, decision and actions, and the
 * signature block. Unsigned minutes carry a "Draft" watermark.
 */
final class MinutesPdf {

    private MinutesPdf() {
    }

    static byte[] write(String partnershipName, MinutesDocument minutes) {
        Meeting meeting = minutes.meeting();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfFonts fonts = new PdfFonts();
        try {
            PageFrame.frame(PdfWriter.getInstance(document, pdf), "Minutes – " + partnershipName,
                    minutes.signed() ? null : "Draft", fonts);
            document.addTitle("Minutes – " + meeting.getTitle());
            document.open();
            document.add(new Paragraph(partnershipName, fonts.bold(14)));
            document.add(new Paragraph("Minutes of " + meeting.getTitle(), fonts.bold(20)));
            document.add(new Paragraph(UkDates.day(meeting.day()) + ", " + meeting.startTime() + " to "
                    + meeting.endTime() + " (UK time)" + (meeting.getVenue() == null ? "" : ", " + meeting.getVenue()),
                    fonts.regular(11)));
            heading(document, "Present", fonts);
            list(document, minutes.record().attendance().stream().filter(Attendance::attended)
                    .map(row -> row.attendeeName() + ", " + organisationOf(row)).toList(), fonts);
            heading(document, "Apologies", fonts);
            list(document, minutes.withStatus(AttendanceStatus.APOLOGIES).stream()
                    .filter(row -> !row.attended()).map(row -> row.attendeeName() + ", " + organisationOf(row)).toList(),
                    fonts);
            heading(document, "Also attending", fonts);
            list(document, minutes.record().guests().stream().map(guest -> guest.getName()
                    + (guest.getCapacity() == null ? "" : ", " + guest.getCapacity())).toList(), fonts);
            document.add(new Paragraph(minutes.record().quorum().inWords(), fonts.italic(10)));
            int number = 0;
            for (MeetingRecord.ItemRecord record : minutes.record().items()) {
                number++;
                item(document, number, record, minutes, fonts);
            }
            signatureBlock(document, minutes, fonts);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the minutes", e);
        }
        return pdf.toByteArray();
    }

    private static void item(Document document, int number, MeetingRecord.ItemRecord record, MinutesDocument minutes,
            PdfFonts fonts) throws DocumentException {
        AgendaItem item = record.item();
        Paragraph title = new Paragraph(number + ". " + item.getTitle() + (item.isClosedSession() ? " (closed session)"
                : ""), fonts.bold(12));
        title.setSpacingBefore(12);
        document.add(title);
        for (Declaration declaration : record.declarations()) {
            document.add(new Paragraph("Declaration of interest: " + declaration.getDeclaredBy().attendeeName() + ", "
                    + declaration.getNature() + (declaration.isWithdrew() ? " (withdrew for this item)" : ""),
                    fonts.italic(10)));
        }
        MinutesItem discussion = minutes.discussionOf(item);
        if (discussion != null && !discussion.getDiscussion().isBlank()) {
            for (Paragraph paragraph : RichTextPdf.paragraphs(discussion.getDiscussion(), fonts, 10)) {
                document.add(paragraph);
            }
        }
        if (record.decision() != null) {
            document.add(new Paragraph("Resolved: " + record.decision().getResolution(), fonts.bold(10)));
            document.add(new Paragraph(record.decision().outcomeInWords(), fonts.regular(10)));
        }
        for (MeetingAction action : minutes.actionsOf(item)) {
            document.add(new Paragraph("Action: " + action.getDescription() + " – " + action.getOwner().getName()
                    + ", by " + UkDates.day(action.getDueOn()), fonts.regular(10)));
        }
    }

    private static void signatureBlock(Document document, MinutesDocument minutes, PdfFonts fonts)
            throws DocumentException {
        heading(document, "Signature", fonts);
        Minutes signed = minutes.minutes();
        if (minutes.approved()) {
            AgendaItem at = minutes.approvalItem();
            document.add(new Paragraph("Approved as a true record at " + at.getMeeting().getTitle() + " on "
                    + UkDates.day(at.getMeeting().day()) + ".", fonts.regular(10)));
        }
        if (signed != null && signed.isSigned()) {
            document.add(new Paragraph("Signed by " + signed.getSignedBy().getName() + ", Chair, on "
                    + UkDates.day(signed.getSignedAt()) + ".", fonts.regular(10)));
            document.add(new Paragraph("SHA-256 of the minutes signed: " + signed.getSignedHash(), fonts.mono(8)));
        } else {
            document.add(new Paragraph("Not yet signed by the chair: these minutes are a draft.", fonts.italic(10)));
        }
        if (signed != null && signed.getCorrectedAt() != null) {
            document.add(new Paragraph("Revision " + signed.getRevision() + ": corrected on "
                    + UkDates.day(signed.getCorrectedAt()) + " by " + signed.getCorrectedBy().getName() + ". Reason: "
                    + signed.getCorrectionReason(), fonts.regular(10)));
        }
    }

    private static String organisationOf(Attendance row) {
        return row.getRepresentative().getMembership().getOrganisation().getName();
    }

    private static void heading(Document document, String text, PdfFonts fonts) throws DocumentException {
        Paragraph heading = new Paragraph(text, fonts.bold(13));
        heading.setSpacingBefore(12);
        document.add(heading);
    }

    private static void list(Document document, List<String> lines, PdfFonts fonts) throws DocumentException {
        document.add(new Paragraph(lines.isEmpty() ? "None." : lines.stream().collect(Collectors.joining("\n")),
                fonts.regular(10)));
    }
}
