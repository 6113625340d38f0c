package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.io.AtomicFiles;
import uk.gov.gcs.digitalskills.io.WriteFailedException;
import uk.gov.gcs.digitalskills.io.json.ResultJson;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.io.pdf.AppraisalReport;
import uk.gov.gcs.digitalskills.io.pdf.EmbeddedResult;
import uk.gov.gcs.digitalskills.io.pdf.ReportFixtures;

class ReportCommandTest {
    private static final byte[] OLD = "the previous report".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = folder.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all, new PrintWriter(out), new PrintWriter(err), f -> {
            throw new AssertionError("no window");
        });
    }

    private Path resultFile(AssessmentRecord record) throws Exception {
        ScoredResult scored = ReportFixtures.scored(record);
        Path file = folder.resolve("result.dsa.json");
        Files.write(file, ResultJson.toBytes(record, scored.scores()));
        return file;
    }

    @Test
    void writesThePdfWithTheResultFileEmbeddedByteForByte() throws Exception {
        Path result = resultFile(ReportFixtures.fullRecord());
        Path pdf = folder.resolve("out").resolve("report.pdf");

        int code = run("report", result.toString(), "-o", pdf.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote " + pdf);
        assertThat(EmbeddedResult.read(pdf)).isEqualTo(Files.readAllBytes(result));
        assertThat(Files.list(pdf.getParent())).containsExactly(pdf);
    }

    @Test
    void incompleteResultIsRefusedWithAClearMessage() throws Exception {
        Path result = resultFile(ReportFixtures.incompleteRecord());
        Path pdf = folder.resolve("report.pdf");

        int code = run("report", result.toString(), "-o", pdf.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("this result is not complete (1 question is unanswered")
                .contains("Finish the assessment, then make the report.");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void missingOutputIsAUsageError() throws Exception {
        Path result = resultFile(ReportFixtures.fullRecord());
        assertThat(run("report", result.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("-o");
    }

    @Test
    void aFolderThatCannotBeMadeGivesOnePlainSentence() throws Exception {
        Path result = resultFile(ReportFixtures.fullRecord());
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");

        int code = run("report", result.toString(), "-o", notAFolder.resolve("report.pdf").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("report.pdf could not be saved").doesNotContain("\n")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void readOnlyFolderLeavesTheExistingFileUntouched() throws Exception {
        Path result = resultFile(ReportFixtures.fullRecord());
        Path locked = Files.createDirectory(folder.resolve("read-only"));
        Path pdf = Files.write(locked.resolve("report.pdf"), OLD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as a user who can write anywhere (root)");
            int code = run("report", result.toString(), "-o", pdf.toString());
            assertThat(code).isEqualTo(1);
            assertThat(err.toString().strip()).isEqualTo("report.pdf could not be saved because you cannot write to "
                    + locked + ". Choose another folder.");
            assertThat(Files.readAllBytes(pdf)).isEqualTo(OLD);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFullDiskLeavesTheExistingFileUntouchedAndNoTemporaryFile() throws Exception {
        Path pdf = Files.write(folder.resolve("report.pdf"), OLD);
        ScoredResult scored = ReportFixtures.scored(ReportFixtures.fullRecord());
        AppraisalReport report = new AppraisalReport("test");

        WriteFailedException failure = org.junit.jupiter.api.Assertions.assertThrows(WriteFailedException.class,
                () -> AtomicFiles.write(pdf, stream -> {
                    report.write(scored, Optional.empty(), new byte[] {'{', '}'}, new java.io.OutputStream() {
                        private int written;

                        @Override
                        public void write(int b) throws java.io.IOException {
                            if (++written > 10_000) {
                                throw new FileSystemException(pdf.toString(), null, "No space left on device");
                            }
                            stream.write(b);
                        }
                    });
                }));

        assertThat(failure.reason()).isEqualTo(WriteFailedException.Reason.DISK_FULL);
        assertThat(Failures.describe(failure)).isEqualTo("report.pdf could not be saved because the disk is full."
                + " Free some space or choose another folder.");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(OLD);
        assertThat(Files.list(folder)).containsExactly(pdf);
    }

    @Test
    void aFileLockedByAnotherProgramGivesOnePlainSentence() throws Exception {
        Path pdf = Files.write(folder.resolve("report.pdf"), OLD);

        WriteFailedException failure = org.junit.jupiter.api.Assertions.assertThrows(WriteFailedException.class,
                () -> AtomicFiles.write(pdf, stream -> {
                    throw new FileSystemException(pdf.toString(), null,
                            "The process cannot access the file because it is being used by another process");
                }));

        assertThat(failure.reason()).isEqualTo(WriteFailedException.Reason.IN_USE);
        assertThat(Failures.describe(failure)).isEqualTo("report.pdf is open in another program. Close it there and"
                + " try again.");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(OLD);
    }

    @Test
    void outputThatIsAFolderIsRefused() throws Exception {
        Path result = resultFile(ReportFixtures.fullRecord());
        int code = run("report", result.toString(), "-o", folder.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("is a folder");
    }
}
