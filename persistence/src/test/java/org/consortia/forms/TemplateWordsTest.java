package org.consortia.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every heading, question, issue and option label of the shipped templates is the framework's own
 * words: each must be found in the framework's text, ignoring only line breaks, bullets, spacing and
 * capitals (a heading may begin a phrase the text has mid-sentence).
 */
class TemplateWordsTest {

    private static final Pattern LAYOUT = Pattern.compile("[\\s•\\-–]+");

    private static String normalised(String text) {
        // The framework's text marks a few words in bold with asterisks.
        return LAYOUT.matcher(text.replace("*", "")).replaceAll(" ").strip().toLowerCase(Locale.UK);
    }

    /**
     * Words of the framework's Appendices 3 and 4a that its text split across the cells of the tables
     * they were printed in, as the text has them (normalised) and as the templates repair them. Only
     * these are repaired: the words a split lost ("partnership" in Appendix 3; the start and end of
     * Appendix 4a's first question, "Is there clar" and "rtnership?") are those of the sentence around them.
     */
    private static final Map<String, String> SPLIT_BY_TABLE_CELLS = Map.ofEntries(
            Map.entry("Key achievements of partnership fro m X to X [date]",
                    "Key achievements of partnership from X to X [date]"),
            Map.entry("any financial or other c ontributions made", "any financial or other contributions made"),
            Map.entry("How do the key achievements of the deliver one or more",
                    "How do the key achievements of the partnership deliver one or more"),
            Map.entry("How will this contribute towards ach objectives? Please provide details ievement of the Council's",
                    "How will this contribute towards achievement of the Council's objectives? Please provide details"),
            Map.entry("ity on the <u>legal status</u> of the pa", "Is there clarity on the legal status of the partnership?"),
            Map.entry("Is there an a agreed Memorandum of Unde rstanding or constitution, which sets out a clear p purpose"
                    + " and clarity of expectation on of the partnership members?", "Is there an agreed Memorandum of"
                    + " Understanding or constitution, which sets out a clear purpose and clarity of expectation of the"
                    + " partnership members?"),
            Map.entry("Are financial monitoring arrangements rot oust, clear and understood?",
                    "Are financial monitoring arrangements robust, clear and understood?"),
            Map.entry("Have proced lures for managing and monit pring pooled budgets and resources been develo ped?",
                    "Have procedures for managing and monitoring pooled budgets and resources been developed?"),
            Map.entry("If no, an action on plan needs", "If no, an action plan needs"),
            Map.entry("on the way that it fu nctions, on its policies and on wh nat it delivers?",
                    "on the way that it functions, on its policies and on what it delivers?"));

    private static String framework() throws IOException {
        try (InputStream text = TemplateWordsTest.class.getResourceAsStream("/framework/partnership-governance-framework.txt")) {
            String framework = normalised(new String(text.readAllBytes(), StandardCharsets.UTF_8));
            for (Map.Entry<String, String> repair : SPLIT_BY_TABLE_CELLS.entrySet()) {
                String split = normalised(repair.getKey());
                assertTrue(framework.contains(split), "the framework's text no longer reads: " + repair.getKey());
                framework = framework.replace(split, normalised(repair.getValue()));
            }
            return framework;
        }
    }

    private static FormTemplate template(String file) throws IOException {
        try (InputStreamReader reader = new InputStreamReader(
                TemplateWordsTest.class.getResourceAsStream("/forms/" + file), StandardCharsets.UTF_8)) {
            return TemplateReader.read(file, reader);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"risk-checklist.v1.json", "insurance.v1.json", "should-we-partner.v1.json",
            "business-case.v1.json", "progress-report.v1.json", "annual-review.v1.json",
            "exit-report.v1.json"})
    void theTemplateUsesTheFrameworksWords(String file) throws IOException {
        String framework = framework();
        FormTemplate template = template(file);
        List<String> words = new ArrayList<>();
        words.add(template.title());
        words.addAll(template.introduction());
        words.addAll(template.warning());
        for (TemplateSection section : template.sections()) {
            words.add(section.heading());
            words.addAll(section.guidance());
            for (TemplateQuestion question : section.questions()) {
                words.add(question.issue());
                words.add(question.text());
                words.addAll(question.rows());
            }
        }
        List<String> missing = words.stream().filter(text -> !text.isEmpty())
                .filter(text -> !framework.contains(normalised(text))).toList();
        assertEquals(List.of(), missing, file + " has words that are not the framework's");
    }

    @Test
    void theNatureOfTheBusinessCaseIsChosenFromTheFrameworksThreeOptions() throws IOException {
        // The checklist's Yes / Partly / No is the portal's answer scale; these options are the framework's.
        String framework = framework();
        TemplateQuestion nature = template("business-case.v1.json").question("nature").orElseThrow();
        assertEquals(List.of("Setting up a partnership", "Joining an existing partnership", "Reviewing an existing partnership"),
                nature.options().stream().map(ChoiceOption::label).toList());
        assertTrue(nature.options().stream().allMatch(option -> framework.contains(normalised(option.label()))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"should-we-partner.v1.json"})
    void theWarningIsShownForEveryAnswerThatCountsAgainstAPartnership(String file) throws IOException {
        FormTemplate template = template(file);
        assertTrue(template.questions().stream().filter(question -> question.kind() == AnswerKind.YES_NO)
                .allMatch(question -> !question.warnIf().isEmpty()));
        assertTrue(template.questions().stream().filter(question -> question.kind() == AnswerKind.TICK)
                .allMatch(question -> question.warns("ticked")));
    }
}
