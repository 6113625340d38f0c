package uk.gov.gcs.digitalskills.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.io.WriteFailedException;
import uk.gov.gcs.digitalskills.io.json.ResultJson;

/** The one export path: template lookup, result bytes, PDF that embeds them, atomic write. */
class AppraisalExportTest {
    @TempDir
    Path dir;

    private final ScoredResult full = ReportFixtures.scored(ReportFixtures.fullRecord());

    @Test
    void findsTheObjectivesTemplateInTheLibraryAndNoneWithoutOne() {
        AppraisalExport export = new AppraisalExport("test", ReportFixtures.library());
        assertThat(export.templateFor(full)).hasValueSatisfying(t ->
                assertThat(t.id()).isEqualTo(full.record().objective().orElseThrow().templateId()));
        assertThat(export.templateFor(ReportFixtures.scored(ReportFixtures.minimalRecord()))).isEmpty();
        assertThat(new AppraisalExport("test").templateFor(full)).as("no library to look in").isEmpty();
    }

    @Test
    void thePdfEmbedsExactlyTheResultFileItSavesAlongside() throws Exception {
        AppraisalExport export = new AppraisalExport("test", ReportFixtures.library());
        Path pdf = dir.resolve("report.pdf");
        Path result = dir.resolve("result.dsa.json");

        export.writePdf(full, pdf);
        export.writeResultFile(full, result);

        byte[] expected = ResultJson.toBytes(full.record(), full.scores());
        assertThat(Files.readAllBytes(result)).isEqualTo(expected);
        assertThat(EmbeddedResult.read(pdf)).isEqualTo(expected);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void aTargetThatCannotBeWrittenIsAReasonAndNoFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("taken"));
        AppraisalExport export = new AppraisalExport("test");
        assertThatThrownBy(() -> export.writeResultFile(full, folder))
                .isInstanceOf(WriteFailedException.class);
        assertThat(Files.isDirectory(folder)).isTrue();
    }
}
