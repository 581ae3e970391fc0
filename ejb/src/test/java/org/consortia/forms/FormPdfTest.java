package org.consortia.forms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormPdfTest {

    private static final TemplateLibrary TEMPLATES = TemplateLibrary.shipped();

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static FormContents blank(String key, boolean signedOff) {
        FormTemplate template = TEMPLATES.latest(key).orElseThrow();
        FilledForm form = new FilledForm(template, 1);
        List<FormAnswer> answers = template.questions().stream().map(question -> new FormAnswer(form, question.id())).toList();
        return new FormContents(template, form, answers, signedOff ? new FormSignOff(form) : null);
    }

    @Test
    void theInsuranceTableIsPrintedAsTheFrameworkLaysItOut() throws IOException {
        FormContents filled = blank("insurance", true);
        filled.answer("2").setValue("Vehicles are insured by the council.");
        filled.signOff().setCompletedBy("Chris Chair");
        filled.signOff().setCompletedOn(LocalDate.of(2026, 11, 20));
        filled.signOff().setTelephone("01527 881288");

        String all = text(FormPdf.write("Safer Redditch", filled));

        assertTrue(all.contains("Insurance considerations") && all.contains("Name of partnership: Safer Redditch"), all);
        assertTrue(all.contains("Use of physical assets – buildings, equipment, vehicles"), all);
        assertTrue(all.contains("Evaluation/comments") && all.contains("Vehicles are insured by the council."), all);
        assertTrue(all.replace(" ", "").contains("Completedby:ChrisChair") && all.contains("20 November 2026")
                && all.contains("01527 881288"), all);
    }

    @Test
    void theChecklistShowsEachAnswerInWords() throws IOException {
        FormContents filled = blank("risk-checklist", false);
        filled.answer("5").setValue("partly");
        filled.answer("5").setNote("No plan yet for a partner leaving.");

        String all = text(FormPdf.write("Safer Redditch", filled));

        assertTrue(all.contains("Managing Risk and Opportunity Checklist"), all);
        assertTrue(all.contains("Partly") && all.contains("No plan yet for a partner leaving."), all);
        assertFalse(all.contains("partly"), "the stored key is shown in the option's words");
        assertFalse(all.contains("Completed by"), "the checklist has no sign-off");
    }
}
