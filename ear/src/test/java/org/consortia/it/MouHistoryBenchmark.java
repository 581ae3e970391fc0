package org.consortia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.List;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryEntry;
import org.consortia.history.HistoryService;
import org.consortia.mou.MouDocument;
import org.consortia.mou.MouHeading;
import org.consortia.mou.MouSection;
import org.consortia.mou.MouService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not part of the test suite (its name does not end in IT): benchmarks/mou-history.sh runs it. It
 * gives one section of a Memorandum 1,000 revisions, then times the section's history, the whole
 * Memorandum "as of" an early revision and the PDF export, and logs the figures. It asserts only
 * that the work was done, never how fast.
 */
@ExtendWith(ArquillianExtension.class)
class MouHistoryBenchmark {

    private static final int REVISIONS = 1_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(MouHistoryBenchmark.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    MouService mou;

    @Inject
    HistoryService history;

    @Test
    void historyAsOfAndPdfOfAMemorandumWithAThousandRevisions() {
        Scenario world = new Scenario(fixtures);
        String chair = world.chairOfA;
        long partnership = world.partnershipA;
        MouDocument document = as.inWorkspace(chair, partnership, mou::current);
        MouSection meetings = document.sections().stream()
                .filter(section -> section.getHeading() == MouHeading.MEETINGS).findFirst().orElseThrow();
        long version = meetings.getVersion();
        long started = System.nanoTime();
        for (int revision = 1; revision < REVISIONS; revision++) {
            String text = "<p>Meetings, revision " + revision + ".</p><p>Quorum is " + (revision % 7 + 2) + ".</p>";
            long from = version;
            version = as.inWorkspace(chair, partnership, () -> mou.saveSection(MouHeading.MEETINGS, from, text))
                    .getVersion();
        }
        Benchmark.log("writing %d revisions of one section: %.1f s", REVISIONS - 1, (System.nanoTime() - started) / 1e9);

        List<HistoryEntry> entries = Benchmark.time("history of the section (" + REVISIONS + " revisions, with field changes)",
                () -> as.inWorkspace(chair, partnership, () -> history.historyOf(HistoricRecord.MOU_SECTION,
                        meetings.getId())));
        assertEquals(REVISIONS, entries.size());
        int early = entries.get(REVISIONS / 10).revision();
        List<MouSection> asOf = Benchmark.time("the whole Memorandum as of an early revision",
                () -> as.inWorkspace(chair, partnership, () -> history.<MouSection>asOf(HistoricRecord.MOU_SECTION, early)));
        assertEquals(MouHeading.values().length, asOf.size());
        byte[] pdf = Benchmark.time("PDF export", () -> as.inWorkspace(chair, partnership,
                () -> mou.exportPdf("http://localhost:8080/w/benchmark/mou-verify")));
        Benchmark.log("PDF size: %d bytes", pdf.length);
    }
}
