package org.consortia.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateLibraryTest {

    private static final String GOOD = """
            {
              "key": "tiny",
              "version": 1,
              "title": "A tiny form",
              "source": "Appendix Z",
              "workflow": "shared-record",
              "sections": [
                {
                  "questions": [
                    {"id": "1", "text": "Is it tiny?", "kind": "yes-no"}
                  ]
                }
              ]
            }
            """;

    private static TemplateLibrary libraryOf(Map<String, String> files) {
        return TemplateLibrary.load(name -> files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : (InputStream) null);
    }

    private static MalformedTemplateException refused(String template) {
        return assertThrows(MalformedTemplateException.class,
                () -> libraryOf(Map.of(TemplateLibrary.INDEX, "tiny.v1.json\n", "tiny.v1.json", template)));
    }

    @Test
    void everyShippedTemplateLoads() {
        TemplateLibrary shipped = TemplateLibrary.shipped();
        assertEquals(5, shipped.latest("risk-checklist").orElseThrow().questions().size());
        assertEquals(5, shipped.latest("insurance").orElseThrow().questions().size());
        assertTrue(shipped.latest("insurance").orElseThrow().signedOff());
    }

    @Test
    void aGoodTemplateIsReadWithItsVersion() {
        TemplateLibrary library = libraryOf(Map.of(TemplateLibrary.INDEX, "# comment\ntiny.v1.json\n", "tiny.v1.json", GOOD));
        FormTemplate tiny = library.latest("tiny").orElseThrow();
        assertEquals(1, tiny.version());
        assertEquals(AnswerKind.YES_NO, tiny.question("1").orElseThrow().kind());
        assertTrue(library.version("tiny", 2).isEmpty());
    }

    @Test
    void aLaterVersionIsTheOneNewFormsUseAndTheEarlierStaysReadable() {
        String second = GOOD.replace("\"version\": 1", "\"version\": 2").replace("Is it tiny?", "Is it very tiny?");
        TemplateLibrary library = libraryOf(Map.of(TemplateLibrary.INDEX, "tiny.v1.json\ntiny.v2.json\n",
                "tiny.v1.json", GOOD, "tiny.v2.json", second));
        assertEquals("Is it very tiny?", library.latest("tiny").orElseThrow().question("1").orElseThrow().text());
        assertEquals("Is it tiny?", library.version("tiny", 1).orElseThrow().question("1").orElseThrow().text());
    }

    @Test
    void brokenJsonIsReportedWithItsFileAndLine() {
        MalformedTemplateException broken = refused(GOOD.replace("\"title\": \"A tiny form\",", "\"title\": \"A tiny form\""));
        assertTrue(broken.getMessage().startsWith("tiny.v1.json, line 5:"), broken.getMessage());
    }

    @Test
    void anUnknownKindOfAnswerIsReportedWithItsLine() {
        MalformedTemplateException unknown = refused(GOOD.replace("\"yes-no\"", "\"yes-or-no\""));
        assertTrue(unknown.getMessage().startsWith("tiny.v1.json, line 10:"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("unknown kind of answer \"yes-or-no\""), unknown.getMessage());
    }

    @Test
    void aMisspeltFieldIsReportedRatherThanIgnored() {
        MalformedTemplateException misspelt = refused(GOOD.replace("\"source\"", "\"sauce\""));
        assertTrue(misspelt.getMessage().startsWith("tiny.v1.json, line 5:"), misspelt.getMessage());
        assertTrue(misspelt.getMessage().contains("unknown field \"sauce\""), misspelt.getMessage());
    }

    @Test
    void aMissingFieldAndAQuestionGivenTwiceAreReported() {
        assertTrue(refused(GOOD.replace("\"title\": \"A tiny form\",", "")).getMessage().contains("\"title\" is missing"));
        MalformedTemplateException twice = refused(GOOD.replace(
                "{\"id\": \"1\", \"text\": \"Is it tiny?\", \"kind\": \"yes-no\"}",
                "{\"id\": \"1\", \"text\": \"Is it tiny?\", \"kind\": \"yes-no\"},\n{\"id\": \"1\", \"text\": \"Again?\", \"kind\": \"text\"}"));
        assertTrue(twice.getMessage().startsWith("tiny.v1.json, line 11:") && twice.getMessage().contains("given twice"),
                twice.getMessage());
    }

    @Test
    void anUnknownWorkflowIsReported() {
        MalformedTemplateException unknown = refused(GOOD.replace("\"shared-record\"", "\"anyone-may\""));
        assertTrue(unknown.getMessage().startsWith("tiny.v1.json, line 6: unknown workflow \"anyone-may\""),
                unknown.getMessage());
    }

    @Test
    void aChoiceNeedsOptionsAndATableColumns() {
        assertTrue(refused(GOOD.replace("\"yes-no\"", "\"choice\"")).getMessage().contains("at least two \"options\""));
        assertTrue(refused(GOOD.replace("\"yes-no\"", "\"table\"")).getMessage().contains("a table needs \"columns\""));
    }

    @Test
    void aFileNamedAfterAnotherTemplateOrVersionIsRefused() {
        MalformedTemplateException misnamed = assertThrows(MalformedTemplateException.class,
                () -> libraryOf(Map.of(TemplateLibrary.INDEX, "small.v1.json\n", "small.v1.json", GOOD)));
        assertTrue(misnamed.getMessage().contains("must be named tiny.v1.json"), misnamed.getMessage());
        MalformedTemplateException missing = assertThrows(MalformedTemplateException.class,
                () -> libraryOf(Map.of(TemplateLibrary.INDEX, "tiny.v1.json\nghost.v1.json\n", "tiny.v1.json", GOOD)));
        assertEquals("templates.txt, line 2: names ghost.v1.json, which does not exist", missing.getMessage());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertFalse(refused("").getMessage().isEmpty());
    }
}
