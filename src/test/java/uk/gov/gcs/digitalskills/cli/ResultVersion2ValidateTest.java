package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.gcs.digitalskills.testing.Fixtures;

/** {@code validate} on result files of formatVersion 2: the schema, and each rule beyond it with its pointer. */
class ResultVersion2ValidateTest {
    @TempDir
    Path temp;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(temp.resolve("data"));
    }

    /** A complete version 2 result with a manager's response and both reviews. */
    static ObjectNode version2() {
        ObjectNode result = Fixtures.completeResult("press-office", 2);
        result.put("formatVersion", 2);
        result.putObject("manager").put("name", "Siân Ó Briain").put("date", "2027-04-20").put("agreed", true)
                .put("comments", "Good plan.\nLet's meet in May.");
        ArrayNode reviews = result.putArray("reviews");
        reviews.addObject().put("stage", "mid-year").put("date", "2027-10-01").put("actual", 640)
                .put("status", "on-track").put("note", "Half way");
        reviews.addObject().put("stage", "year-end").put("date", "2028-03-20").putNull("actual")
                .put("status", "partly-met").put("note", "");
        return result;
    }

    private CliRunner.Run validate(Consumer<ObjectNode> change) {
        ObjectNode result = version2();
        change.accept(result);
        return cli.run("validate", Fixtures.write(temp, "r.dsa.json", result).toString());
    }

    @Test
    void aVersion2ResultWithAResponseAndBothReviewsIsValid() {
        CliRunner.Run run = validate(r -> { });
        assertThat(run.out()).endsWith("r.dsa.json: valid" + System.lineSeparator());
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aVersion2ResultWithNeitherIsValidAndAResponseMayLeaveAgreedAndDateOpen() {
        assertThat(validate(r -> {
            r.remove("reviews");
            r.remove("manager");
        }).exitCode()).isZero();
        assertThat(validate(r -> ((ObjectNode) r.get("manager")).putNull("agreed").putNull("date")).exitCode())
                .isZero();
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("two mid-year reviews", (Consumer<ObjectNode>) r ->
                                ((ObjectNode) r.get("reviews").get(1)).put("stage", "mid-year").put("status", "behind"),
                        "/reviews/1/stage", "there is already a mid-year review (at /reviews/0); a result has at most"
                                + " one review per stage"),
                Arguments.of("a year-end status at mid-year", (Consumer<ObjectNode>) r ->
                                ((ObjectNode) r.get("reviews").get(0)).put("status", "met"),
                        "/reviews/0/status", "a mid-year review's status is 'on-track' or 'behind', not 'met'"),
                Arguments.of("a mid-year status at year-end", (Consumer<ObjectNode>) r ->
                                ((ObjectNode) r.get("reviews").get(1)).put("status", "on-track"),
                        "/reviews/1/status", "a year-end review's status is 'met', 'partly-met' or 'not-met', not"
                                + " 'on-track'"),
                Arguments.of("a review date that is no day", (Consumer<ObjectNode>) r ->
                                ((ObjectNode) r.get("reviews").get(0)).put("date", "2027-02-30"),
                        "/reviews/0/date", "not a real date written as YYYY-MM-DD: '2027-02-30'"),
                Arguments.of("a manager's date that is no day", (Consumer<ObjectNode>) r ->
                                ((ObjectNode) r.get("manager")).put("date", "2027-13-01"),
                        "/manager/date", "not a real date written as YYYY-MM-DD: '2027-13-01'"),
                Arguments.of("an actual figure too large for any number", (Consumer<ObjectNode>) r ->
                                ((ObjectNode) r.get("reviews").get(0)).put("actual", new java.math.BigDecimal("1e400")),
                        "/reviews/0/actual", "the actual figure must be a finite number, such as 1200 or 37.5, or"
                                + " null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachRuleBeyondTheSchemaHasItsOwnMessageAndPointer(String name, Consumer<ObjectNode> change, String pointer,
                                                           String message) {
        CliRunner.Run run = validate(change);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().toList()).singleElement().asString()
                .startsWith(temp.resolve("r.dsa.json") + ": " + pointer + ": " + message);
    }

    @Test
    void theSchemaRefusesUnknownStatusesMissingFieldsAndLongNotes() {
        CliRunner.Run unknown = validate(r -> ((ObjectNode) r.get("reviews").get(0)).put("status", "done"));
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.out()).contains("/reviews/0/status");
        CliRunner.Run noDate = validate(r -> ((ObjectNode) r.get("reviews").get(0)).remove("date"));
        assertThat(noDate.out()).contains("/reviews/0").contains("date");
        CliRunner.Run longNote = validate(r -> ((ObjectNode) r.get("reviews").get(0)).put("note", "a".repeat(1_001)));
        assertThat(longNote.exitCode()).isEqualTo(1);
        assertThat(longNote.out()).contains("/reviews/0/note");
        CliRunner.Run typo = validate(r -> ((ObjectNode) r.get("manager")).put("agree", true));
        assertThat(typo.out()).contains("/manager").contains("agree");
    }

    @Test
    void version1FilesStayValidButMayNotCarryVersion2Fields() {
        ObjectNode v1 = Fixtures.completeResult("press-office", 2);
        assertThat(cli.run("validate", Fixtures.write(temp, "v1.dsa.json", v1).toString()).exitCode()).isZero();
        v1.putArray("reviews");
        CliRunner.Run run = cli.run("validate", Fixtures.write(temp, "v1-reviews.dsa.json", v1).toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("reviews");
    }

    @Test
    void theGoldenVersion1FilesStillValidateAndScore() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/uk/gov/gcs/digitalskills/cli/golden-2026.1"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dsa.json")).toList()) {
                assertThat(Files.readString(file)).contains("\"formatVersion\" : 1");
                assertThat(cli.run("validate", file.toString()).exitCode()).as(file.toString()).isZero();
                assertThat(cli.run("score", file.toString()).exitCode()).as(file.toString()).isZero();
            }
        }
    }

    @Test
    void theGoldenVersion1FilesStillReportAndImport() throws Exception {
        List<Path> golden;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/uk/gov/gcs/digitalskills/cli/golden-2026.1"))) {
            golden = files.filter(f -> f.toString().endsWith(".dsa.json")).sorted().toList();
        }
        Path complete = golden.stream().filter(f -> f.getFileName().toString().startsWith("all-top")).findFirst()
                .orElseThrow();
        Path pdf = temp.resolve("v1.pdf");
        CliRunner.Run report = cli.run("report", complete.toString(), "-o", pdf.toString());
        assertThat(report.err()).isEmpty();
        assertThat(report.exitCode()).isZero();
        // The PDF embeds the result written again, now as version 2, with the same answers.
        JsonNode embedded = uk.gov.gcs.digitalskills.io.json.JsonSupport.mapper()
                .readTree(uk.gov.gcs.digitalskills.io.pdf.EmbeddedResult.read(pdf));
        assertThat(embedded.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(embedded.get("answers")).isEqualTo(Fixtures.tree(complete).get("answers"));
        List<String> args = new java.util.ArrayList<>(List.of("import"));
        golden.forEach(f -> args.add(f.toString()));
        CliRunner.Run imported = cli.run(args.toArray(String[]::new));
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
    }

    @Test
    void aVersion2FileAndAVersion2PdfImport() throws Exception {
        Path file = Fixtures.write(temp, "v2.dsa.json", version2());
        Path pdf = temp.resolve("v2.pdf");
        assertThat(cli.run("report", file.toString(), "-o", pdf.toString()).exitCode()).isZero();
        CliRunner.Run imported = cli.run("import", file.toString());
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
        CliRunner.Run again = new CliRunner(temp.resolve("other-data")).run("import", pdf.toString());
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
    }

    @Test
    void scoreReadsAVersion2File() {
        CliRunner.Run run = cli.run("score", Fixtures.write(temp, "v2.dsa.json", version2()).toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"complete\" : true");
    }
}
