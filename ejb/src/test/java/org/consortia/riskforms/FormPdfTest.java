package org.consortia.riskforms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormPdfTest {

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static List<FormAnswer> blank(RiskForm form) {
        return form.questions().stream().map(question -> new FormAnswer(form, question.number())).toList();
    }

    @Test
    void theInsuranceTableIsPrintedAsTheFrameworkLaysItOut() throws IOException {
        RiskForm form = RiskForm.INSURANCE_CONSIDERATIONS;
        List<FormAnswer> answers = blank(form);
        answers.get(1).setComments("Vehicles are insured by the council.");
        FormSignOff signOff = new FormSignOff(form);
        signOff.setCompletedBy("Chris Chair");
        signOff.setCompletedOn(LocalDate.of(2026, 11, 20));
        signOff.setTelephone("01527 881288");

        String all = text(FormPdf.write("Safer Redditch", new FilledForm(form, answers, signOff)));

        assertTrue(all.contains("Insurance considerations") && all.contains("Name of partnership: Safer Redditch"), all);
        assertTrue(all.contains("Use of physical assets – buildings, equipment, vehicles"), all);
        assertTrue(all.contains("Vehicles are insured by the council."), all);
        assertTrue(all.replace(" ", "").contains("Completedby:ChrisChair") && all.contains("20 November 2026")
                && all.contains("01527 881288"), all);
    }

    @Test
    void theChecklistShowsEachAnswer() throws IOException {
        RiskForm form = RiskForm.MANAGING_RISK_AND_OPPORTUNITY;
        List<FormAnswer> answers = blank(form);
        answers.get(4).setResponse(Response.PARTLY);
        answers.get(4).setComments("No plan yet for a partner leaving.");

        String all = text(FormPdf.write("Safer Redditch", new FilledForm(form, answers, null)));

        assertTrue(all.contains("Managing Risk and Opportunity Checklist"), all);
        assertTrue(all.contains("Partly") && all.contains("No plan yet for a partner leaving."), all);
        assertTrue(!all.contains("Completed by"), "the checklist has no sign-off");
    }
}
