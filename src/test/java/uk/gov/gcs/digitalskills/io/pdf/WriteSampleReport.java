package uk.gov.gcs.digitalskills.io.pdf;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.io.json.ResultJson;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;

/** Writes sample reports for looking at: {@code java ... WriteSampleReport OUT_DIR}. */
public final class WriteSampleReport {
    private WriteSampleReport() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/sample-report");
        Files.createDirectories(dir);
        write(ReportFixtures.fullRecord(), dir.resolve("full.pdf"), dir.resolve("full.dsa.json"));
        write(ReportFixtures.minimalRecord(), dir.resolve("minimal.pdf"), dir.resolve("minimal.dsa.json"));
    }

    static void write(AssessmentRecord record, Path pdf, Path json) throws Exception {
        ScoredResult scored = ReportFixtures.scored(record);
        byte[] bytes = ResultJson.toBytes(record, scored.scores());
        Files.write(json, bytes);
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new AppraisalReport("0.1.0").write(scored, record.objective()
                    .flatMap(o -> ReportFixtures.toolkit().template(o.templateId())), bytes, out);
        }
    }
}
