package uk.gov.gcs.digitalskills.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.io.json.ResultJson;

/**
 * {@code report} runs {@link AppraisalReport#prepare} on a second thread while the main thread reads the
 * result and then writes the real report (issue 15); both use the same parsed fonts. A report written while
 * others prepare must still be whole: readable, PDF/UA-1, its text and its embedded result intact.
 */
class AppraisalReportPrepareTest {
    private static final AppraisalReport REPORT = new AppraisalReport("1.2.3");

    @TempDir
    Path temp;

    @Test
    void theWarmUpRunsToItsEndEachTime() {
        // prepare() swallows failures; a warm-up that stopped half-way would only show as a slower report.
        assertThatCode(AppraisalReport::warmUp).doesNotThrowAnyException();
        assertThatCode(AppraisalReport::warmUp).doesNotThrowAnyException();
    }

    @Test
    void reportsWrittenWhilePrepareRunsOnOtherThreadsAreWhole() throws Exception {
        ScoredResult full = ReportFixtures.scored(ReportFixtures.fullRecord());
        byte[] resultFile = ResultJson.toBytes(full.record(), full.scores());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> preparing = new ArrayList<>();
            List<Future<byte[]>> reports = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                preparing.add(pool.submit(AppraisalReport::prepare));
                reports.add(pool.submit(() -> REPORT.toBytes(full, Optional.of(ReportFixtures.objectiveTemplate()),
                        resultFile)));
            }
            for (Future<?> f : preparing) {
                f.get();
            }
            byte[] first = null;
            for (Future<byte[]> f : reports) {
                byte[] pdf = f.get();
                assertThat(PdfChecks.text(pdf)).contains(full.record().respondent().name());
                Path file = Files.write(temp.resolve("report-" + reports.indexOf(f) + ".pdf"), pdf);
                assertThat(EmbeddedResult.read(file)).isEqualTo(resultFile);
                if (first == null) {
                    first = pdf;
                }
            }
            assertThat(PdfChecks.pdfUaFailures(first)).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
