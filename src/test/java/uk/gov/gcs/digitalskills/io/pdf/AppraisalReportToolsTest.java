package uk.gov.gcs.digitalskills.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.io.json.ResultJson;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;

/** The "done when" checks with poppler-utils and qpdf, where they are installed (they are in CI). */
class AppraisalReportToolsTest {
    @TempDir
    static Path folder;
    private static Path pdf;
    private static ScoredResult scored;
    private static byte[] resultFile;

    @BeforeAll
    static void write() throws Exception {
        scored = ReportFixtures.scored(ReportFixtures.fullRecord());
        resultFile = ResultJson.toBytes(scored.record(), scored.scores());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AppraisalReport("1.0").write(scored, scored.record().objective()
                .flatMap(o -> ReportFixtures.toolkit().template(o.templateId())), resultFile, out);
        pdf = Files.write(folder.resolve("report.pdf"), out.toByteArray());
    }

    private static String run(String... command) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin", command[0])), command[0] + " is not installed");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    @Test
    void pdfinfoSaysTaggedWithTheTitle() throws Exception {
        String info = run("pdfinfo", pdf.toString());
        assertThat(info).containsPattern("Tagged:\\s+yes").containsPattern("Title:\\s+Digital skills assessment: Alex Morgan")
                .containsPattern("Page size:\\s+595(\\.\\d+)? x 842");
    }

    @Test
    void pdffontsShowsEveryFontEmbedded() throws Exception {
        List<String> rows = run("pdffonts", pdf.toString()).lines().skip(2).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).contains("DSASans")
                .containsPattern("Identity-H\\s+yes"));
    }

    @Test
    void pdfdetachExtractsTheResultUnchanged() throws Exception {
        assertThat(run("pdfdetach", "-list", pdf.toString())).contains("assessment-result.json");
        Path saved = folder.resolve("extracted.json");
        run("pdfdetach", "-savefile", "assessment-result.json", "-o", saved.toString(), pdf.toString());
        assertThat(Files.readAllBytes(saved)).isEqualTo(resultFile);
    }

    @Test
    void pdftotextShowsEveryAreaPercentAndLevel() throws Exception {
        String text = run("pdftotext", "-layout", pdf.toString(), "-");
        for (AreaScore area : scored.scores().areas()) {
            assertThat(text).containsPattern(area.title() + ".*\\s" + area.percent().orElseThrow().toPlainString()
                    .replace(".", "\\.") + "%\\s+" + area.level().orElseThrow().label());
        }
    }

    @Test
    void qpdfCheckIsClean() throws Exception {
        assertThat(run("qpdf", "--check", pdf.toString())).contains("No syntax or stream encoding errors found");
    }
}
