package org.consortia.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerValuesTest {

    private static TemplateQuestion question(AnswerKind kind) {
        return new TemplateQuestion("1", "", "Question?", "", kind, "Answer",
                kind == AnswerKind.CHOICE ? List.of(new ChoiceOption("setting-up", "Setting up a partnership"),
                        new ChoiceOption("joining", "Joining an existing partnership")) : List.of(),
                List.of(), kind == AnswerKind.TABLE ? List.of(new TableColumn("amount", "Amount", AnswerKind.MONEY),
                        new TableColumn("detail", "Details", AnswerKind.TEXT)) : List.of(),
                kind == AnswerKind.TABLE ? List.of("Finance?", "Staff?") : List.of(), kind == AnswerKind.LINK ? "risk-register" : null,
                50, List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1250.50|125050", "£1,250.50|125050", "1250.5|125050", "1250|125000",
            "0.1|10", "0.07|7", "£ 3|300", "100000000|10000000000", "19.99|1999"})
    void moneyIsKeptInWholePenceExactly(String typed, String pence) {
        assertEquals(pence, AnswerValues.canonical(question(AnswerKind.MONEY), typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234", "12,34", "one pound", "1e3", "-5", "100000000.01", "1,2345", "NaN"})
    void moneyThatIsNotAnAmountIsRefused(String typed) {
        assertThrows(InvalidAnswerException.class, () -> AnswerValues.canonical(question(AnswerKind.MONEY), typed));
    }

    @Test
    void moneyIsShownInPoundsAndPence() {
        assertEquals("£1,250.50", AnswerValues.shown(question(AnswerKind.MONEY), "125050"));
        assertEquals("£0.07", AnswerValues.shown(question(AnswerKind.MONEY), "7"));
    }

    @Test
    void emptyAnswersAreNoAnswer() {
        for (AnswerKind kind : AnswerKind.values()) {
            assertNull(AnswerValues.canonical(question(kind), "   "), kind.name());
            assertNull(AnswerValues.canonical(question(kind), null), kind.name());
        }
    }

    @Test
    void choicesScoresAndYesOrNoTakeOnlyTheirOwnValues() {
        assertEquals("joining", AnswerValues.canonical(question(AnswerKind.CHOICE), "joining"));
        assertThrows(InvalidAnswerException.class, () -> AnswerValues.canonical(question(AnswerKind.CHOICE), "leaving"));
        assertEquals("2", AnswerValues.canonical(question(AnswerKind.SCORE), "2"));
        assertThrows(InvalidAnswerException.class, () -> AnswerValues.canonical(question(AnswerKind.SCORE), "4"));
        assertThrows(InvalidAnswerException.class, () -> AnswerValues.canonical(question(AnswerKind.YES_NO), "maybe"));
        assertEquals("Joining an existing partnership", AnswerValues.shown(question(AnswerKind.CHOICE), "joining"));
        assertEquals("2 – Yes - could be improved", AnswerValues.shown(question(AnswerKind.SCORE), "2"));
    }

    @Test
    void textIsPlainAndNoLongerThanTheQuestionAllows() {
        InvalidAnswerException tooLong = assertThrows(InvalidAnswerException.class,
                () -> AnswerValues.canonical(question(AnswerKind.TEXT), "x".repeat(51)));
        assertTrue(tooLong.getMessage().contains("50 characters"), tooLong.getMessage());
        assertThrows(InvalidAnswerException.class,
                () -> AnswerValues.canonical(question(AnswerKind.TEXT), "<script>alert(1)</script>"));
        assertEquals("Costs < 5% of benefits", AnswerValues.canonical(question(AnswerKind.TEXT), "Costs < 5% of benefits"));
    }

    @Test
    void datesAreCheckedAndShownTheBritishWay() {
        assertEquals("2028-02-29", AnswerValues.canonical(question(AnswerKind.DATE), "2028-02-29"));
        assertThrows(InvalidAnswerException.class, () -> AnswerValues.canonical(question(AnswerKind.DATE), "2027-02-29"));
        assertThrows(InvalidAnswerException.class, () -> AnswerValues.canonical(question(AnswerKind.DATE), "31/12/2027"));
        assertEquals("29 February 2028", AnswerValues.shown(question(AnswerKind.DATE), "2028-02-29"));
    }

    @Test
    void aTableKeepsItsFixedRowsAndChecksEachCellAsItsColumn() {
        TemplateQuestion resources = question(AnswerKind.TABLE);
        Map<String, String> finance = new LinkedHashMap<>();
        finance.put("amount", "£12,000");
        finance.put("detail", "Match funding");
        String stored = AnswerValues.tableOf(resources, List.of(finance, Map.of()));
        assertEquals("[{\"amount\":\"1200000\",\"detail\":\"Match funding\"},{}]", stored);
        assertEquals("[{\"amount\":\"12,000.00\",\"detail\":\"Match funding\"},{}]", AnswerValues.typed(resources, stored));
        assertEquals(stored, AnswerValues.canonical(resources, AnswerValues.typed(resources, stored)),
                "what is typed back is stored as it was");
        assertEquals("Finance? – Amount: £12,000.00, Details: Match funding", AnswerValues.shown(resources, stored));

        InvalidAnswerException badCell = assertThrows(InvalidAnswerException.class,
                () -> AnswerValues.tableOf(resources, List.of(Map.of("amount", "lots"), Map.of())));
        assertTrue(badCell.getMessage().startsWith("Amount in row Finance?:"), badCell.getMessage());
        assertThrows(InvalidAnswerException.class, () -> AnswerValues.tableOf(resources, List.of(finance)));
        assertThrows(InvalidAnswerException.class,
                () -> AnswerValues.tableOf(resources, List.of(Map.of("secret", "x"), Map.of())));
        assertThrows(InvalidAnswerException.class, () -> AnswerValues.canonical(resources, "{not json"));
        assertNull(AnswerValues.tableOf(resources, List.of(Map.of(), Map.of())));
    }

    @Test
    void aLinkNamesAKindOfRecordAndItsId() {
        assertEquals("risk-register:12", AnswerValues.canonical(question(AnswerKind.LINK), "risk-register:12"));
        assertEquals(12, AnswerValues.linkedId("risk-register:12"));
        assertThrows(InvalidAnswerException.class, () -> AnswerValues.canonical(question(AnswerKind.LINK), "risk-register:0"));
        assertThrows(InvalidAnswerException.class, () -> AnswerValues.canonical(question(AnswerKind.LINK), "document:12"));
        assertThrows(InvalidAnswerException.class, () -> AnswerValues.canonical(question(AnswerKind.LINK), "javascript:1"));
    }
}
