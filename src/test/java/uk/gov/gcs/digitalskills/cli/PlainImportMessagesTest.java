package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.insights.RejectionReason;
import uk.gov.gcs.digitalskills.io.insights.InsightsFixtures;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;

/**
 * Import messages are plain words: every rejection reason, for a file of each kind, says what is wrong with
 * the file, and no message carries a Java class name such as "(PdfException)".
 */
class PlainImportMessagesTest {
    /** A class name in brackets, a qualified Java name, or a CamelCase word ending in Exception or Error. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\(\\w+(Exception|Error)\\)"
            + "|\\b(java|javax|com|org)\\.[a-z]+\\.|\\b[A-Z][a-z]+[A-Z]\\w*(Exception|Error)\\b|\\bException\\b");

    @TempDir
    Path dir;

    @Test
    void everyRejectionSaysWhatIsWrongInPlainWords() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        AssessmentRecord record = InsightsFixtures.randomRecord(new Random(6));
        byte[] good = InsightsFixtures.resultBytes(record);
        try (RandomAccessFile big = new RandomAccessFile(in.resolve("huge.json").toFile(), "rw")) {
            big.setLength(11L * 1024 * 1024);
        }
        InsightsFixtures.write(in.resolve("broken.json"), "{ nope");
        InsightsFixtures.write(in.resolve("deep.json"), "[".repeat(5000) + "]".repeat(5000));
        InsightsFixtures.write(in.resolve("other.json"), "{\"hello\": 1}");
        write(in.resolve("newer.dsa.json"), tree(good).put("formatVersion", 99));
        ObjectNode noId = tree(good);
        noId.remove("assessmentId");
        write(in.resolve("no-id.dsa.json"), noId);
        ObjectNode unknown = tree(good);
        ((ObjectNode) unknown.get("questionnaire")).put("version", "1999.1");
        write(in.resolve("unknown.dsa.json"), unknown);
        ObjectNode badAnswer = tree(good);
        ((ObjectNode) badAnswer.get("answers")).put("planning.scenario-small-announcement", "zz");
        write(in.resolve("bad-answer.dsa.json"), badAnswer);
        ObjectNode na = tree(good);
        ((ObjectNode) na.get("answers")).put("planning.scenario-small-announcement", "n/a");
        write(in.resolve("na.dsa.json"), na);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(in.resolve("plain.pdf").toString()))) {
            pdf.addNewPage();
        }
        InsightsFixtures.copyEncryptedPdf(in.resolve("locked.pdf"), false);
        InsightsFixtures.writeDamagedPdf(in.resolve("cut.pdf"), good);
        InsightsFixtures.write(in.resolve("fake.pdf"), "this is not a PDF at all");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--data-dir", dir.resolve("data").toString(), "import", in.toString(),
            dir.resolve("missing").toString()}, new PrintWriter(out), new PrintWriter(err), f -> {
                throw new AssertionError("no window");
            });
        assertThat(code).isEqualTo(1);
        List<String> rejected = out.toString().lines().filter(l -> l.startsWith("rejected")).toList();
        assertThat(rejected).hasSize(14);
        Set<RejectionReason> seen = EnumSet.noneOf(RejectionReason.class);
        for (String line : rejected) {
            assertThat(line).doesNotContainPattern(CLASS_NAME);
            for (RejectionReason reason : RejectionReason.values()) {
                if (line.contains(": " + reason.summary() + "; ")) {
                    seen.add(reason);
                }
            }
        }
        assertThat(seen).as("every reason, for a file of its kind").containsExactlyInAnyOrder(RejectionReason.values());
        assertThat(out.toString()).contains("cut.pdf: the PDF is damaged or incomplete, so it cannot be opened;"
                + " it may have been cut short when it was copied; ask for the result file, or a fresh copy of the PDF")
                .contains("locked.pdf: the PDF is password-protected, so the result in it cannot be read; ask for the"
                        + " result file, or an unprotected copy of the PDF");
        assertThat(err.toString()).doesNotContainPattern(CLASS_NAME);
    }

    @Test
    void everyReasonInTheAppAndTheCommandLineIsASentenceAboutTheFile() throws Exception {
        java.util.Properties messages = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/uk/gov/gcs/digitalskills/app/messages.properties")) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (RejectionReason reason : RejectionReason.values()) {
            String app = messages.getProperty("insights.reason." + reason.name().toLowerCase(java.util.Locale.ROOT));
            for (String text : List.of(reason.summary(), app)) {
                assertThat(text).as(reason.name()).doesNotContainPattern(CLASS_NAME)
                        .matches("(the|an) .+").hasSizeGreaterThan(20);
            }
        }
    }

    private static ObjectNode tree(byte[] json) throws Exception {
        return (ObjectNode) JsonSupport.mapper().readTree(json);
    }

    private static void write(Path file, ObjectNode tree) throws Exception {
        InsightsFixtures.write(file, JsonSupport.mapper().writeValueAsBytes(tree));
    }
}
