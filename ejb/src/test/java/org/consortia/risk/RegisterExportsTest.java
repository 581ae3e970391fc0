package org.consortia.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.consortia.identity.Account;
import org.consortia.identity.Organisation;
import org.consortia.identity.Sector;
import org.junit.jupiter.api.Test;

class RegisterExportsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static RegisterExport register() {
        Organisation trust = new Organisation("Worcestershire Health Trust", Sector.PUBLIC, "NHS trust");
        Account łukasz = new Account("Łukasz Dąbrowski", "lukasz@example.org", trust);
        RiskEntry funding = new RiskEntry();
        funding.setTitle("Funding ends");
        funding.setCategory("=HYPERLINK(\"http://evil.example\")");
        funding.setInherentLikelihood(Likelihood.ALMOST_CERTAIN);
        funding.setInherentImpact(Impact.SEVERE);
        funding.setResidualLikelihood(Likelihood.LIKELY);
        funding.setResidualImpact(Impact.MAJOR);
        funding.setOwnerOrganisation(trust);
        funding.setOwner(łukasz);
        funding.setReviewDate(LocalDate.of(2027, 1, 31));
        funding.setContingencyPlan("Partners cover the gap for a year.");
        RiskEntry quiet = new RiskEntry();
        quiet.setTitle("Room bookings clash");
        quiet.setCategory("Resource conflicts");
        MitigationAction lobby = new MitigationAction(funding, "Lobby for a three-year grant",
                new Account("Morgan Member", "member@example.org", trust), LocalDate.of(2026, 11, 1));
        return new RegisterExport("Safer Redditch", 12, TODAY, List.of(funding, quiet), List.of(lobby));
    }

    @Test
    void theWorkbookHasEveryFieldWithNumbersAsNumbersDatesAsDatesAndFormulaeAsText() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(RegisterWorkbook.write(register())))) {
            Sheet entries = workbook.getSheet("Risk register");
            Row headings = entries.getRow(0);
            assertEquals(RegisterColumns.HEADINGS.size(), headings.getLastCellNum());
            assertEquals("Contingency plan", headings.getCell(RegisterColumns.HEADINGS.indexOf("Contingency plan"))
                    .getStringCellValue());
            Row funding = entries.getRow(1);
            assertEquals("Funding ends", funding.getCell(0).getStringCellValue());
            assertEquals(16, funding.getCell(RegisterColumns.HEADINGS.indexOf("Score after controls")).getNumericCellValue());
            assertEquals("Yes", funding.getCell(RegisterColumns.HEADINGS.indexOf("Above tolerance")).getStringCellValue());
            var review = funding.getCell(RegisterColumns.HEADINGS.indexOf("Review by"));
            assertTrue(DateUtil.isCellDateFormatted(review));
            assertEquals(LocalDate.of(2027, 1, 31), review.getLocalDateTimeCellValue().toLocalDate());
            var category = funding.getCell(RegisterColumns.HEADINGS.indexOf("Category"));
            assertEquals(CellType.STRING, category.getCellType(), "a typed formula stays text");
            assertEquals("Room bookings clash", entries.getRow(2).getCell(0).getStringCellValue());

            Row action = workbook.getSheet("Mitigation actions").getRow(1);
            assertEquals("Funding ends", action.getCell(0).getStringCellValue());
            assertEquals("Morgan Member", action.getCell(2).getStringCellValue());
            assertEquals("Yes", action.getCell(5).getStringCellValue(), "past its deadline and not done");
        }
    }

    @Test
    void thePrintableRegisterSummarisesEveryEntryThenGivesEachInFull() throws IOException {
        PdfReader reader = new PdfReader(RegisterPdf.write(register()));
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString();
        assertTrue(all.contains("Joint risk register") && all.contains("Safer Redditch"), all);
        assertTrue(all.contains("Funding ends (above tolerance)") && all.contains("Room bookings clash"), all);
        assertTrue(all.contains("Partners cover the gap for a year."), all);
        assertTrue(all.contains("Lobby for a three-year grant – Morgan Member, by 1 November 2026, overdue"), all);
        assertTrue(all.contains("31 January 2027"), all);
        assertTrue(all.contains("Łukasz Dąbrowski"), "letters beyond Windows-1252 are printed: " + all);
        assertTrue(all.contains("After controls (residual): open entries by likelihood and impact")
                && all.contains("Before controls (inherent): open entries by likelihood and impact"), all);
        assertTrue(all.contains("Low (1 to 4)") && all.contains("Medium (5 to 9)") && all.contains("High (10 to 16)")
                && all.contains("Very high (20 to 25)"), "the heat map's key prints: " + all);
        assertTrue(all.contains("Thick black border: above the partners' tolerance of 12"), all);
        assertTrue(!all.contains("Only the entries chosen"), "the whole register says nothing of filters");
        assertTrue(all.replaceAll("\\s+", "").contains("Page1of" + reader.getNumberOfPages())
                && all.contains("Joint risk register – Safer Redditch"), "each page has its number and header: " + all);
    }

    @Test
    void aFilteredRegisterSaysHowItsEntriesWereChosen() throws IOException {
        RegisterExport whole = register();
        RegisterExport filtered = new RegisterExport(whole.partnershipName(), whole.tolerance(), whole.madeOn(),
                whole.entries().subList(0, 1), whole.actions(), "risks only; status Assessed");
        PdfReader reader = new PdfReader(RegisterPdf.write(filtered));
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(first.contains("Only the entries chosen by the register's filters: risks only; status Assessed."), first);
    }

    @Test
    void scoresFallIntoTheFourUsualBands() {
        assertEquals(List.of(ScoreBand.LOW, ScoreBand.LOW, ScoreBand.MEDIUM, ScoreBand.MEDIUM, ScoreBand.HIGH,
                        ScoreBand.HIGH, ScoreBand.VERY_HIGH, ScoreBand.VERY_HIGH),
                java.util.stream.IntStream.of(1, 4, 5, 9, 10, 16, 20, 25).mapToObj(ScoreBand::of).toList());
    }
}
