package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.io.insights.InsightsFixtures;

/** {@code insights --format pdf -o FILE}: the team report from the command line. */
class InsightsPdfCommandTest {
    @TempDir
    Path dir;

    private CliRunner.Run run(String... args) {
        return new CliRunner(dir.resolve("data")).run(args);
    }

    private static String text(Path pdf) throws Exception {
        try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                all.append(PdfTextExtractor.getTextFromPage(document.getPage(i))).append('\n');
            }
            return all.toString();
        }
    }

    @Test
    void writesTheTeamReportWithTheFiltersItWasGiven() throws Exception {
        Random random = new Random(5);
        Path folder = dir.resolve("in");
        for (int i = 0; i < 8; i++) {
            InsightsFixtures.writeResult(folder, "r" + i + ".dsa.json",
                    InsightsFixtures.record(random, "press-office", "heo", "cabinet-office"));
        }
        assertThat(run("import", folder.toString()).exitCode()).isZero();
        Path pdf = dir.resolve("out/team report.pdf");
        Files.createDirectories(pdf.getParent());

        CliRunner.Run written = run("insights", "--by", "role", "--min-group", "4", "--format", "pdf", "-o", pdf.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).contains("Saved " + pdf);
        String text = text(pdf);
        assertThat(text).contains("Team digital skills report", "By role", "4 results", "Levels per area",
                "Training needs", "Appendix: how well the questions work", "Not enough results: 30 are needed");
        assertThat(text).doesNotContain("Person ");
    }

    @Test
    void refusesPdfWithoutAFileAndSaysWhenTheFolderCannotBeWritten() throws Exception {
        CliRunner.Run missing = run("insights", "--format", "pdf");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("-o FILE");

        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        CliRunner.Run blocked = run("insights", "--format", "pdf", "-o", blocker.resolve("team.pdf").toString());
        assertThat(blocked.exitCode()).isEqualTo(1);
        assertThat(blocked.err()).startsWith("digital-skills: ").doesNotContain("Exception");
    }
}
